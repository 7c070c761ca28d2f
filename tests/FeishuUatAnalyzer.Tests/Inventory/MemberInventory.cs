using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using FeishuUatAnalyzer.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FeishuUatAnalyzer.Tests.Inventory
{
    /// <summary>One row of the inventory: a member (its overloads together) of a library type, and what it does to a request.</summary>
    public sealed record InventoryMember(string Library, string Type, string Member, string Role)
    {
        public string Key => Type + "." + Member;

        public override string ToString() => Key;
    }

    /// <summary>
    /// Walks the public types of the supported libraries in their reference assemblies and picks, with one filter per
    /// library (<see cref="InventoryFilters"/>), every member that sends a request or sets its URL, verb, headers or
    /// authentication: the rows the inventory table of docs/how-it-works.md must list.
    /// </summary>
    internal static class MemberInventory
    {
        public const string Constructor = ".ctor";
        public const string Indexer = "this[]";

        private static readonly Lazy<Task<CSharpCompilation>> Empty = new Lazy<Task<CSharpCompilation>>(async () =>
            CSharpCompilation.Create("Inventory", null, await RealLibraries.ReferencesAsync(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));

        private static readonly Lazy<Task<ImmutableArray<InventoryMember>>> Rows = new Lazy<Task<ImmutableArray<InventoryMember>>>(async () => Enumerate(await Empty.Value));

        /// <summary>The rows, enumerated once per test run.</summary>
        public static Task<ImmutableArray<InventoryMember>> RowsAsync() => Rows.Value;

        public static ImmutableArray<InventoryMember> Enumerate(Compilation compilation)
        {
            var rows = new SortedDictionary<string, InventoryMember>(StringComparer.Ordinal);
            foreach (var filter in InventoryFilters.All)
            {
                var type = compilation.GetTypeByMetadataName(filter.MetadataName);
                if (type is null)
                {
                    throw new InvalidOperationException(filter.MetadataName + " is not in the reference assemblies");
                }

                foreach (var member in type.GetMembers().Where(IsVisible))
                {
                    var role = filter.RoleOf(member);
                    var name = NameOf(member);
                    if (role != null && name != null)
                    {
                        var row = new InventoryMember(filter.Library, type.ToDisplayString(), name, role);
                        rows.TryAdd(row.Key, row);
                    }
                }
            }

            return rows.Values.ToImmutableArray();
        }

        /// <summary>The member's name in the table: overloads share it; accessors are read through their property.</summary>
        public static string? NameOf(ISymbol member) => member switch
        {
            IMethodSymbol { MethodKind: MethodKind.Constructor } => Constructor,
            IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.Conversion } method => method.Name,
            IPropertySymbol { IsIndexer: true } => Indexer,
            IPropertySymbol property => property.Name,
            _ => null,
        };

        // Public, and the protected members a handler of the user's overrides (DelegatingHandler.SendAsync).
        private static bool IsVisible(ISymbol member) =>
            !member.IsImplicitlyDeclared
            && member.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal;
    }
}
