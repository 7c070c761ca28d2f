namespace FeishuUatAnalyzer.Rules
{
    internal static class RuleIds
    {
        /// <summary>A user_access_token is sent to a tenant-only meeting-room endpoint.</summary>
        public const string UserTokenOnTenantOnlyMeetingRoom = "FSUAT001";

        /// <summary>A token of unknown kind is sent to a tenant-only meeting-room endpoint.</summary>
        public const string UnknownTokenOnTenantOnlyMeetingRoom = "FSUAT002";

        /// <summary>A tenant_access_token is sent to rooms/search, which accepts user tokens only.</summary>
        public const string TenantTokenOnRoomSearch = "FSUAT003";

        /// <summary>A user_access_token is sent to another endpoint that accepts no user token.</summary>
        public const string UserTokenOnTenantOnlyEndpoint = "FSUAT004";

        /// <summary>A tenant_access_token is sent to another endpoint that accepts only a user token.</summary>
        public const string TenantTokenOnUserOnlyEndpoint = "FSUAT005";

        /// <summary>A line of an endpoint extension file cannot be read.</summary>
        public const string UnreadableEndpointFile = "FSUAT900";

        /// <summary>A setting the analyzer does not understand: an unknown key, a value that is not a list of names, a misnamed endpoint file.</summary>
        public const string ConfigurationMistake = "FSUAT901";
    }
}
