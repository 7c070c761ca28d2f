using System.Collections.Generic;
using System.Threading;
using FeishuUatAnalyzer.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FeishuUatAnalyzer.Sites
{
    /// <summary>
    /// The calls of one compilation that register something for a declarative interface, its first type argument
    /// (<c>AddTokenProvider&lt;IApi, ...&gt;</c>, <c>RestService.For&lt;IApi&gt;</c>), by interface. Read at most once, on the first
    /// call that needs them, only in files whose text names <see cref="Word"/>; a store per kind of registration.
    /// </summary>
    internal abstract class RegistrationsByApi
    {
        private Dictionary<INamedTypeSymbol, List<IInvocationOperation>>? _byApi;

        /// <summary>Whether the registrations were read (tests check that they are read only when a call needs them).</summary>
        public bool IsBuilt => Volatile.Read(ref _byApi) != null;

        /// <summary>A word every file that registers one must name.</summary>
        protected abstract string Word { get; }

        /// <summary>Whether a call written with this name may be a registration (checked before binding).</summary>
        protected abstract bool MayRegister(string calledName);

        /// <summary>Whether the bound method registers for its first type argument.</summary>
        protected abstract bool Registers(IMethodSymbol method);

        public Dictionary<INamedTypeSymbol, List<IInvocationOperation>> Get(AnalysisSession session, CancellationToken cancellationToken)
        {
            var known = Volatile.Read(ref _byApi);
            if (known != null)
            {
                return known;
            }

            // Cancellation throws out of the search and nothing is kept; only operations are kept, no verdicts.
            var built = new Dictionary<INamedTypeSymbol, List<IInvocationOperation>>(SymbolEqualityComparer.Default);
            foreach (var call in DeclaredTokens.CallsNamed(session, Word, MayRegister, cancellationToken))
            {
                var method = call.TargetMethod;
                if (method.TypeArguments.Length > 0 && method.TypeArguments[0] is INamedTypeSymbol api && Registers(method))
                {
                    if (!built.TryGetValue(api.OriginalDefinition, out var list))
                    {
                        built[api.OriginalDefinition] = list = new List<IInvocationOperation>();
                    }

                    list.Add(call);
                }
            }

            return Interlocked.CompareExchange(ref _byApi, built, null) ?? built;
        }
    }
}
