using System.Collections.Generic;

namespace FeishuUatAnalyzer.Benchmarks.Corpus
{
    /// <summary>Word lists the generator draws names from.</summary>
    internal static class Vocabulary
    {
        public static readonly string[] Areas =
        {
            "Billing", "Shipping", "Identity", "Notifications", "Inventory", "Catalog", "Payments", "Reporting", "Scheduling",
            "Staffing", "Crm", "Support", "Analytics", "Search", "Storage", "Facilities", "Procurement", "Compliance", "Marketing", "Logistics",
        };

        public static readonly string[] Entities =
        {
            "Order", "Invoice", "Customer", "Shipment", "Ticket", "Employee", "Product", "Warehouse", "Payment", "Subscription",
            "Campaign", "Report", "Device", "Booking", "Account", "Contract", "Supplier", "Vehicle", "Asset", "Lead", "Quote", "Refund",
            "Voucher", "Parcel", "Schedule", "Job", "Project", "Member", "Survey", "License",
        };

        public static readonly string[] Verbs = { "Sync", "Refresh", "Archive", "Approve", "Reject", "Assign", "Publish", "Close", "Reopen", "Export" };

        public static readonly string[] PropertyNames =
        {
            "Name", "Code", "Description", "Status", "Owner", "Email", "Phone", "Region", "Currency", "Category", "Reference", "Notes",
            "ExternalId", "Title", "Source", "Channel", "Priority", "Label",
        };

        /// <summary>Non-Feishu web APIs: base URL, resource paths (with {placeholders}), the header that carries the credential.</summary>
        public static readonly ExternalApi[] Apis =
        {
            new ExternalApi("GitHub", "https://api.github.com", new[] { "/repos/{owner}/{repo}/issues", "/repos/{owner}/{repo}/pulls/{number}", "/orgs/{org}/members", "/user/repos" }, Credential.Bearer),
            new ExternalApi("Stripe", "https://api.stripe.com/v1", new[] { "/charges", "/customers/{id}", "/invoices/{id}", "/payment_intents/{id}/confirm" }, Credential.Bearer),
            new ExternalApi("Slack", "https://slack.com/api", new[] { "/chat.postMessage", "/conversations.list", "/users.info?user={id}" }, Credential.Bearer),
            new ExternalApi("Graph", "https://graph.microsoft.com/v1.0", new[] { "/me/events", "/users/{id}/calendar/events", "/groups/{id}/members" }, Credential.Bearer),
            new ExternalApi("GoogleCalendar", "https://www.googleapis.com/calendar/v3", new[] { "/calendars/{id}/events", "/users/me/calendarList" }, Credential.Bearer),
            new ExternalApi("Twilio", "https://api.twilio.com/2010-04-01", new[] { "/Accounts/{sid}/Messages.json", "/Accounts/{sid}/Calls.json" }, Credential.Basic),
            new ExternalApi("SendGrid", "https://api.sendgrid.com/v3", new[] { "/mail/send", "/templates/{id}", "/suppression/bounces" }, Credential.Bearer),
            new ExternalApi("Jira", "https://contoso.atlassian.net/rest/api/3", new[] { "/issue/{id}", "/search?jql={query}", "/project/{key}" }, Credential.Basic),
            new ExternalApi("Inventory", "http://inventory.internal/api/v2", new[] { "/items/{id}", "/warehouses/{id}/stock", "/reservations" }, Credential.ApiKey),
            new ExternalApi("Ledger", "https://ledger.contoso.local/api", new[] { "/accounts/{id}/balance", "/invoices/{id}/lines", "/journal" }, Credential.ApiKey),
            new ExternalApi("Weather", "https://api.openweathermap.org/data/2.5", new[] { "/weather?q={city}", "/forecast?q={city}" }, Credential.Query),
            new ExternalApi("DingTalk", "https://oapi.dingtalk.com", new[] { "/topapi/v2/user/get", "/topapi/message/corpconversation/asyncsend_v2" }, Credential.Query),
            new ExternalApi("WeCom", "https://qyapi.weixin.qq.com/cgi-bin", new[] { "/message/send?access_token={token}", "/user/get?access_token={token}&userid={id}" }, Credential.Query),
            new ExternalApi("Keycloak", "https://sso.contoso.local/realms/main", new[] { "/protocol/openid-connect/userinfo", "/account/sessions" }, Credential.Bearer),
            new ExternalApi("Geo", "https://geo.contoso.local/v1", new[] { "/geocode?address={address}", "/routes/{id}" }, Credential.ApiKey),
        };

        /// <summary>Feishu meeting-room endpoints that accept only a tenant_access_token (the analyzer's FSUAT001/002 targets).</summary>
        public static readonly FeishuEndpoint[] TenantOnlyRoomEndpoints =
        {
            new FeishuEndpoint("GET", "/open-apis/vc/v1/rooms/{roomId}", "GetRoom"),
            new FeishuEndpoint("GET", "/open-apis/vc/v1/rooms?page_size=50", "ListRooms"),
            new FeishuEndpoint("POST", "/open-apis/vc/v1/rooms/mget", "BatchGetRooms"),
            new FeishuEndpoint("PATCH", "/open-apis/vc/v1/rooms/{roomId}", "UpdateRoom"),
            new FeishuEndpoint("DELETE", "/open-apis/vc/v1/rooms/{roomId}", "DeleteRoom"),
            new FeishuEndpoint("GET", "/open-apis/vc/v1/room_levels/{roomId}", "GetRoomLevel"),
            new FeishuEndpoint("POST", "/open-apis/vc/v1/room_levels", "CreateRoomLevel"),
            new FeishuEndpoint("GET", "/open-apis/vc/v1/scope_config?scope_type=1&scope_id={roomId}", "GetScopeConfig"),
        };

        /// <summary>Feishu endpoints that accept a user_access_token: nothing to report with either token.</summary>
        public static readonly FeishuEndpoint[] UserFriendlyEndpoints =
        {
            new FeishuEndpoint("GET", "/open-apis/vc/v1/meetings/{roomId}", "GetMeeting"),
            new FeishuEndpoint("GET", "/open-apis/vc/v1/reserves/{roomId}", "GetReserve"),
            new FeishuEndpoint("GET", "/open-apis/calendar/v4/calendars", "ListCalendars"),
        };
    }

    internal enum Credential
    {
        Bearer,
        Basic,
        ApiKey,
        Query,
    }

    internal sealed class ExternalApi
    {
        public ExternalApi(string name, string baseUrl, IReadOnlyList<string> paths, Credential credential)
        {
            Name = name;
            BaseUrl = baseUrl;
            Paths = paths;
            Credential = credential;
        }

        public string Name { get; }

        public string BaseUrl { get; }

        public IReadOnlyList<string> Paths { get; }

        public Credential Credential { get; }
    }

    internal sealed class FeishuEndpoint
    {
        public FeishuEndpoint(string method, string path, string operation)
        {
            Method = method;
            Path = path;
            Operation = operation;
        }

        public string Method { get; }

        public string Path { get; }

        public string Operation { get; }
    }
}
