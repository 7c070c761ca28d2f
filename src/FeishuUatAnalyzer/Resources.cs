using System.Globalization;
using System.Resources;
using Microsoft.CodeAnalysis;

namespace FeishuUatAnalyzer
{
    /// <summary>The product's words, in English (Resources.resx) and Chinese (Resources.zh-Hans.resx).</summary>
    internal static class Resources
    {
        public static readonly ResourceManager Manager = new ResourceManager("FeishuUatAnalyzer.Resources", typeof(Resources).Assembly);

        public static LocalizableString Localizable(string name) => new LocalizableResourceString(name, Manager, typeof(Resources));

        public static string Get(string name, CultureInfo culture) => Manager.GetString(name, culture) ?? name;
    }
}
