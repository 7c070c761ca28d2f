using System.Collections.Generic;
using FeishuUatAnalyzer.Catalogue;
using FeishuUatAnalyzer.Tokens;
using Microsoft.CodeAnalysis;

namespace FeishuUatAnalyzer.Configuration
{
    /// <summary>What a project configures: extra token names (.editorconfig) and extra endpoints (AdditionalFiles).</summary>
    internal sealed class AnalyzerOptions
    {
        public AnalyzerOptions(EndpointCatalogue catalogue, TokenNameRules names, List<Diagnostic> endpointFileErrors)
        {
            Catalogue = catalogue;
            Names = names;
            EndpointFileErrors = endpointFileErrors;
        }

        public EndpointCatalogue Catalogue { get; }

        public TokenNameRules Names { get; }

        /// <summary>FSUAT900 for each line of an endpoint file that could not be read, located in that file.</summary>
        public List<Diagnostic> EndpointFileErrors { get; }
    }
}
