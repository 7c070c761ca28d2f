using System.Globalization;
using System.Resources;

namespace FeishuUatAnalyzer.CodeFixes
{
    /// <summary>
    /// The code fix's words, in English (Resources.resx) and Chinese (Resources.zh-Hans.resx). Both are embedded in this
    /// assembly (no satellite, see the project file); <see cref="EmbeddedCultures"/> serves zh-Hans and its children.
    /// </summary>
    internal static class CodeFixResources
    {
        public static readonly ResourceManager Manager = new EmbeddedCultures();

        /// <summary>"Use a tenant_access_token", in the current UI culture (the ResourceManager reads it).</summary>
        public static string UseTenantTokenTitle => Manager.GetString("UseTenantToken_Title") ?? "Use a tenant_access_token";

        /// <summary>"Use a tenant_access_token from FeishuTenantTokenProvider (added to {where})": says which file the fix adds it to.</summary>
        public static string UseTenantTokenFromProviderTitle(string? appendedTo) =>
            string.Format(
                CultureInfo.InvariantCulture,
                Manager.GetString("UseTenantTokenFromProvider_Title") ?? "Use a tenant_access_token from FeishuTenantTokenProvider (added to {0})",
                appendedTo ?? Manager.GetString("NewProviderFile") ?? "a new file, FeishuTenantTokenProvider.cs");

        /// <summary>"Use the user_access_token already in reach" (FSUAT003, FSUAT005).</summary>
        public static string UseUserTokenTitle => Manager.GetString("UseUserToken_Title") ?? "Use the user_access_token already in reach";

        /// <summary>The title with "(userAccessToken is then unused)" added.</summary>
        public static string WithUnused(string title, string name) =>
            title + string.Format(CultureInfo.InvariantCulture, Manager.GetString("ThenUnused") ?? " ({0} is then unused)", name);

        public static string Get(string name, CultureInfo culture) => Manager.GetString(name, culture) ?? name;

        private sealed class EmbeddedCultures : ResourceManager
        {
            private const string Chinese = "FeishuUatAnalyzer.CodeFixes.Resources.zh-Hans.resources";
            private ResourceSet? _chinese;

            public EmbeddedCultures()
                : base("FeishuUatAnalyzer.CodeFixes.Resources", typeof(CodeFixResources).Assembly)
            {
            }

            protected override ResourceSet? InternalGetResourceSet(CultureInfo culture, bool createIfNotExists, bool tryParents)
            {
                for (var current = culture; !string.IsNullOrEmpty(current.Name); current = current.Parent)
                {
                    if (current.Name == "zh-Hans" || current.Name == "zh-CHS")
                    {
                        if (_chinese is null && typeof(CodeFixResources).Assembly.GetManifestResourceStream(Chinese) is { } stream)
                        {
                            _chinese = new ResourceSet(stream);
                        }

                        if (_chinese != null)
                        {
                            return _chinese;
                        }

                        break;
                    }

                    if (!tryParents)
                    {
                        break;
                    }
                }

                return base.InternalGetResourceSet(culture, createIfNotExists, tryParents);
            }
        }
    }
}
