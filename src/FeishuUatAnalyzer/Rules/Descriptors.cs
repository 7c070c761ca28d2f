using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace FeishuUatAnalyzer.Rules
{
    /// <summary>The diagnostics the analyzer reports, with their help pages under docs/rules/.</summary>
    internal static class Descriptors
    {
        public const string HelpBase = "https://github.com/feishu-uat-analyzer/FeishuUatAnalyzer/blob/main/docs/rules/";
        private const string Category = "Feishu.AccessTokens";

        public static readonly DiagnosticDescriptor UserTokenOnTenantOnlyMeetingRoom = Create(RuleIds.UserTokenOnTenantOnlyMeetingRoom, DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor UnknownTokenOnTenantOnlyMeetingRoom = Create(RuleIds.UnknownTokenOnTenantOnlyMeetingRoom, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor TenantTokenOnRoomSearch = Create(RuleIds.TenantTokenOnRoomSearch, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor UserTokenOnTenantOnlyEndpoint = Create(RuleIds.UserTokenOnTenantOnlyEndpoint, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor TenantTokenOnUserOnlyEndpoint = Create(RuleIds.TenantTokenOnUserOnlyEndpoint, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor UnreadableEndpointFile = Create(RuleIds.UnreadableEndpointFile, DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor ConfigurationMistake = Create(RuleIds.ConfigurationMistake, DiagnosticSeverity.Warning);

        public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ById = new Dictionary<string, DiagnosticDescriptor>
        {
            [RuleIds.UserTokenOnTenantOnlyMeetingRoom] = UserTokenOnTenantOnlyMeetingRoom,
            [RuleIds.UnknownTokenOnTenantOnlyMeetingRoom] = UnknownTokenOnTenantOnlyMeetingRoom,
            [RuleIds.TenantTokenOnRoomSearch] = TenantTokenOnRoomSearch,
            [RuleIds.UserTokenOnTenantOnlyEndpoint] = UserTokenOnTenantOnlyEndpoint,
            [RuleIds.TenantTokenOnUserOnlyEndpoint] = TenantTokenOnUserOnlyEndpoint,
            [RuleIds.UnreadableEndpointFile] = UnreadableEndpointFile,
            [RuleIds.ConfigurationMistake] = ConfigurationMistake,
        };

        private static DiagnosticDescriptor Create(string id, DiagnosticSeverity severity) => new DiagnosticDescriptor(
            id,
            FeishuUatAnalyzer.Resources.Localizable(id + "_Title"),
            FeishuUatAnalyzer.Resources.Localizable(id + "_Message"),
            Category,
            severity,
            isEnabledByDefault: true,
            description: FeishuUatAnalyzer.Resources.Localizable(id + "_Description"),
            helpLinkUri: HelpBase + id + ".md");
    }
}
