using System.Collections.Generic;
using System.Linq;

namespace FeishuUatAnalyzer.Benchmarks.Corpus
{
    /// <summary>
    /// Plain business logic with no HTTP at all: domain entities, in-memory repositories and services with
    /// LINQ, calculators, validators and workflows. No System.Net.Http, no URL of any API, so an analyzer that
    /// looks for Feishu calls has nothing to find here.
    /// </summary>
    internal static class PlainCorpusGenerator
    {
        private static readonly string[] Usings =
        {
            "System", "System.Collections.Generic", "System.Globalization", "System.Linq", "System.Text", "System.Threading", "System.Threading.Tasks", "Contoso.Domain",
        };

        public static IReadOnlyList<GeneratedFile> SharedFiles() => new[] { new GeneratedFile("Domain/Kernel.cs", Kernel, FileKind.Shared) };

        public static GeneratedFile Generate(ulong seed, int index)
        {
            var rng = new Rng(Rng.Mix(seed ^ 0x5A5A5A5AUL, index));
            var area = rng.Pick(Vocabulary.Areas);
            var entity = rng.Pick(Vocabulary.Entities);
            var ns = $"Contoso.{area}.Core.N{index:D4}";
            var roll = rng.Next(100);
            if (roll < 30)
            {
                return new GeneratedFile($"Plain/{index:D4}_{entity}.cs", Entity(rng, ns, entity), FileKind.Plain);
            }

            if (roll < 55)
            {
                return new GeneratedFile($"Plain/{index:D4}_{entity}Service.cs", Service(rng, ns, entity), FileKind.Plain);
            }

            if (roll < 75)
            {
                return new GeneratedFile($"Plain/{index:D4}_{entity}Calculator.cs", Calculator(rng, ns, entity), FileKind.Plain);
            }

            if (roll < 88)
            {
                return new GeneratedFile($"Plain/{index:D4}_{entity}Validator.cs", Validator(rng, ns, entity), FileKind.Plain);
            }

            return new GeneratedFile($"Plain/{index:D4}_{entity}Workflow.cs", Workflow(rng, ns, entity), FileKind.Plain);
        }

        private static void EntityType(CodeWriter w, Rng rng, string entity)
        {
            w.Open($"public enum {entity}Status");
            w.Line("Draft,");
            w.Line("Active,");
            w.Line("Suspended,");
            w.Line("Closed,");
            w.Close();
            w.Line();
            w.Open($"public sealed class {entity} : IEquatable<{entity}>");
            w.Line("private readonly List<string> _history = new List<string>();");
            w.Line();
            w.Open($"public {entity}(string id, string name, Money price)");
            w.Line("Id = Guard.NotEmpty(id, nameof(id));");
            w.Line("Name = Guard.NotEmpty(name, nameof(name)).Trim();");
            w.Line("Price = price;");
            w.Line($"Status = {entity}Status.Draft;");
            w.Close();
            w.Line();
            w.Line("public string Id { get; }");
            w.Line("public string Name { get; private set; }");
            w.Line("public Money Price { get; private set; }");
            w.Line($"public {entity}Status Status {{ get; private set; }}");
            var extra = rng.Next(2, 6);
            for (var i = 0; i < extra; i++)
            {
                w.Line($"public string {Vocabulary.PropertyNames[(i * 3 + 1) % Vocabulary.PropertyNames.Length]} {{ get; set; }} = string.Empty;");
            }

            w.Line("public int Quantity { get; set; }");
            w.Line("public DateTime CreatedOn { get; set; } = DateTime.UtcNow;");
            w.Line("public IReadOnlyList<string> History => _history;");
            w.Line();
            w.Open("public void Rename(string name)");
            w.Line("var trimmed = Guard.NotEmpty(name, nameof(name)).Trim();");
            w.Open("if (string.Equals(trimmed, Name, StringComparison.Ordinal))").Line("return;").Close();
            w.Line("_history.Add($\"renamed {Name} -> {trimmed}\");");
            w.Line("Name = trimmed;");
            w.Close();
            w.Line();
            w.Open($"public Result<{entity}Status> Transition({entity}Status next)");
            w.Line("var allowed = (Status, next) switch");
            w.Line("{");
            w.Line($"    ({entity}Status.Draft, {entity}Status.Active) => true,");
            w.Line($"    ({entity}Status.Active, {entity}Status.Suspended) => true,");
            w.Line($"    ({entity}Status.Suspended, {entity}Status.Active) => true,");
            w.Line($"    (_, {entity}Status.Closed) => Status != {entity}Status.Closed,");
            w.Line("    _ => false,");
            w.Line("};");
            w.Open("if (!allowed)");
            w.Line($"return Result<{entity}Status>.Fail($\"{{Status}} -> {{next}} is not allowed\");");
            w.Close();
            w.Line("_history.Add(string.Format(CultureInfo.InvariantCulture, \"{0:O} {1} -> {2}\", DateTime.UtcNow, Status, next));");
            w.Line("Status = next;");
            w.Line($"return Result<{entity}Status>.Ok(next);");
            w.Close();
            w.Line();
            w.Open("public void Reprice(decimal factor)");
            w.Open("if (factor <= 0m)").Line("throw new DomainException(\"The factor must be positive.\");").Close();
            w.Line($"Price = Price.Multiply(Math.Round(factor, {rng.Next(2, 5)}, MidpointRounding.ToEven));");
            w.Close();
            w.Line();
            w.Line($"public bool Equals({entity}? other) => other != null && string.Equals(Id, other.Id, StringComparison.Ordinal);");
            w.Line();
            w.Line($"public override bool Equals(object? obj) => Equals(obj as {entity});");
            w.Line();
            w.Line("public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);");
            w.Line();
            w.Line("public override string ToString() => $\"{Name} ({Id}) {Price} {Status}\";");
            w.Close();
        }

        private static string Entity(Rng rng, string ns, string entity)
        {
            var w = new CodeWriter();
            w.Usings(Usings);
            w.Open("namespace " + ns);
            EntityType(w, rng, entity);
            w.Line();
            w.Open($"public static class {entity}Extensions");
            w.Open($"public static IEnumerable<{entity}> Active(this IEnumerable<{entity}> items)");
            w.Line($"return items.Where(item => item.Status == {entity}Status.Active);");
            w.Close();
            w.Line();
            w.Open($"public static Money Total(this IEnumerable<{entity}> items, string currency)");
            w.Line("return items.Aggregate(Money.Zero(currency), (sum, item) => sum.Add(item.Price.Multiply(item.Quantity)));");
            w.Close();
            w.Line();
            w.Open($"public static string ToCsvLine(this {entity} item)");
            w.Line("return string.Join(\",\", new[] { item.Id, item.Name, item.Price.Amount.ToString(CultureInfo.InvariantCulture), item.Status.ToString() }.Select(Escape));");
            w.Close();
            w.Line();
            w.Open("private static string Escape(string value)");
            w.Line("return value.IndexOfAny(new[] { ',', '\"', '\\n' }) >= 0 ? \"\\\"\" + value.Replace(\"\\\"\", \"\\\"\\\"\") + \"\\\"\" : value;");
            w.Close();
            w.Close();
            w.Close();
            return w.ToString();
        }

        private static string Service(Rng rng, string ns, string entity)
        {
            var w = new CodeWriter();
            w.Usings(Usings);
            w.Open("namespace " + ns);
            EntityType(w, rng, entity);
            w.Line();
            w.Open($"public interface I{entity}Repository");
            w.Line($"Task<{entity}?> FindAsync(string id, CancellationToken cancellationToken = default);");
            w.Line($"Task SaveAsync({entity} item, CancellationToken cancellationToken = default);");
            w.Line($"IAsyncEnumerable<{entity}> ListAsync(CancellationToken cancellationToken = default);");
            w.Close();
            w.Line();
            w.Open($"public sealed class InMemory{entity}Repository : I{entity}Repository");
            w.Line($"private readonly Dictionary<string, {entity}> _items = new Dictionary<string, {entity}>(StringComparer.Ordinal);");
            w.Line();
            w.Open($"public Task<{entity}?> FindAsync(string id, CancellationToken cancellationToken = default)");
            w.Line("cancellationToken.ThrowIfCancellationRequested();");
            w.Line("return Task.FromResult(_items.TryGetValue(id, out var item) ? item : null);");
            w.Close();
            w.Line();
            w.Open($"public Task SaveAsync({entity} item, CancellationToken cancellationToken = default)");
            w.Line("_items[item.Id] = item;");
            w.Line("return Task.CompletedTask;");
            w.Close();
            w.Line();
            w.Open($"public async IAsyncEnumerable<{entity}> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)");
            w.Open("foreach (var item in _items.Values.OrderBy(i => i.Name, StringComparer.OrdinalIgnoreCase))");
            w.Line("cancellationToken.ThrowIfCancellationRequested();");
            w.Line("await Task.Yield();");
            w.Line("yield return item;");
            w.Close();
            w.Close();
            w.Close();
            w.Line();
            var service = entity + "Service";
            w.Open($"public sealed class {service}");
            w.Line($"private readonly I{entity}Repository _repository;");
            w.Line("private readonly IClock _clock;");
            w.Line();
            w.Open($"public {service}(I{entity}Repository repository, IClock clock)");
            w.Line("_repository = repository;");
            w.Line("_clock = clock;");
            w.Close();
            w.Line();
            w.Open($"public async Task<Result<{entity}>> ActivateAsync(string id, CancellationToken cancellationToken = default)");
            w.Line("var item = await _repository.FindAsync(id, cancellationToken);");
            w.Open("if (item is null)");
            w.Line($"return Result<{entity}>.Fail($\"{entity} {{id}} not found\");");
            w.Close();
            w.Line($"var transition = item.Transition({entity}Status.Active);");
            w.Open("if (!transition.Success)");
            w.Line($"return Result<{entity}>.Fail(transition.Error!);");
            w.Close();
            w.Line("await _repository.SaveAsync(item, cancellationToken);");
            w.Line($"return Result<{entity}>.Ok(item);");
            w.Close();
            w.Line();
            w.Open($"public async Task<IReadOnlyDictionary<{entity}Status, int>> CountByStatusAsync(CancellationToken cancellationToken = default)");
            w.Line($"var counts = new Dictionary<{entity}Status, int>();");
            w.Open("await foreach (var item in _repository.ListAsync(cancellationToken))");
            w.Line("counts[item.Status] = counts.TryGetValue(item.Status, out var n) ? n + 1 : 1;");
            w.Close();
            w.Line("return counts;");
            w.Close();
            w.Line();
            w.Open($"public async Task<List<{entity}>> StaleAsync(int days, CancellationToken cancellationToken = default)");
            w.Line("var cutoff = _clock.UtcNow.UtcDateTime.AddDays(-days);");
            w.Line($"var result = new List<{entity}>();");
            w.Open("await foreach (var item in _repository.ListAsync(cancellationToken))");
            w.Open($"if (item.CreatedOn < cutoff && item.Status != {entity}Status.Closed)");
            w.Line("result.Add(item);");
            w.Close();
            w.Close();
            w.Line($"return result.OrderBy(i => i.CreatedOn).ThenBy(i => i.Name, StringComparer.Ordinal).Take({rng.Next(10, 200)}).ToList();");
            w.Close();
            w.Line();
            w.Open($"public string Report(IEnumerable<{entity}> items)");
            w.Line("var text = new StringBuilder();");
            w.Open("foreach (var group in items.GroupBy(i => i.Status).OrderBy(g => g.Key))");
            w.Line("text.AppendLine($\"{group.Key}: {group.Count()}\");");
            w.Open($"foreach (var item in group.OrderByDescending(i => i.Price.Amount).Take({rng.Next(3, 10)}))");
            w.Line("text.Append(\"  \").AppendLine(item.ToString());");
            w.Close();
            w.Close();
            w.Line("return text.ToString();");
            w.Close();
            w.Close();
            w.Close();
            return w.ToString();
        }

        private static string Calculator(Rng rng, string ns, string entity)
        {
            var w = new CodeWriter();
            w.Usings(Usings);
            w.Open("namespace " + ns);
            w.Open($"public sealed class {entity}PriceRule");
            w.Line("public string Name { get; set; } = string.Empty;");
            w.Line("public decimal MinimumQuantity { get; set; }");
            w.Line("public decimal Discount { get; set; }");
            w.Line("public DayOfWeek[] Days { get; set; } = Array.Empty<DayOfWeek>();");
            w.Close();
            w.Line();
            w.Open($"public static class {entity}Calculator");
            w.Line($"private const decimal TaxRate = 0.{rng.Next(5, 25):D2}m;");
            w.Line();
            w.Open($"public static decimal Subtotal(IEnumerable<(decimal UnitPrice, int Quantity)> lines)");
            w.Line("return lines.Sum(line => line.UnitPrice * line.Quantity);");
            w.Close();
            w.Line();
            w.Open($"public static decimal ApplyRules(decimal subtotal, decimal quantity, DateTime day, IReadOnlyList<{entity}PriceRule> rules)");
            w.Line("var best = rules");
            w.Line("    .Where(rule => quantity >= rule.MinimumQuantity)");
            w.Line("    .Where(rule => rule.Days.Length == 0 || rule.Days.Contains(day.DayOfWeek))");
            w.Line("    .Select(rule => rule.Discount)");
            w.Line("    .DefaultIfEmpty(0m)");
            w.Line("    .Max();");
            w.Line("return Math.Round(subtotal * (1m - Math.Clamp(best, 0m, 0.9m)), 2, MidpointRounding.AwayFromZero);");
            w.Close();
            w.Line();
            w.Open("public static decimal WithTax(decimal amount, bool exempt)");
            w.Line("return exempt ? amount : Math.Round(amount * (1m + TaxRate), 2, MidpointRounding.AwayFromZero);");
            w.Close();
            w.Line();
            w.Open("public static IReadOnlyList<decimal> Installments(decimal total, int count)");
            w.Open("if (count <= 0)").Line("throw new ArgumentOutOfRangeException(nameof(count));").Close();
            w.Line("var each = Math.Floor(total / count * 100m) / 100m;");
            w.Line("var result = Enumerable.Repeat(each, count).ToList();");
            w.Line("result[count - 1] += total - each * count;");
            w.Line("return result;");
            w.Close();
            w.Line();
            w.Open("public static int BusinessDaysBetween(DateTime from, DateTime to)");
            w.Line("var days = 0;");
            w.Open("for (var day = from.Date; day < to.Date; day = day.AddDays(1))");
            w.Open("if (day.DayOfWeek != DayOfWeek.Saturday && day.DayOfWeek != DayOfWeek.Sunday)").Line("days++;").Close();
            w.Close();
            w.Line("return days;");
            w.Close();
            w.Line();
            w.Open("public static string Format(decimal amount, string currency)");
            w.Line("var culture = currency switch");
            w.Line("{");
            w.Line("    \"EUR\" => CultureInfo.GetCultureInfo(\"de-DE\"),");
            w.Line("    \"CNY\" => CultureInfo.GetCultureInfo(\"zh-CN\"),");
            w.Line("    \"JPY\" => CultureInfo.GetCultureInfo(\"ja-JP\"),");
            w.Line("    _ => CultureInfo.InvariantCulture,");
            w.Line("};");
            w.Line("return string.Create(culture, $\"{amount:N2} {currency}\");");
            w.Close();
            var extra = rng.Next(1, 4);
            for (var i = 0; i < extra; i++)
            {
                w.Line();
                w.Open($"public static double Score{i}(IReadOnlyList<double> samples)");
                w.Open("if (samples.Count == 0)").Line("return 0;").Close();
                w.Line("var mean = samples.Average();");
                w.Line("var variance = samples.Sum(s => (s - mean) * (s - mean)) / samples.Count;");
                w.Line($"return Math.Round(mean / (1 + Math.Sqrt(variance)) * {rng.Next(1, 10)}, 3);");
                w.Close();
            }

            w.Close();
            w.Close();
            return w.ToString();
        }

        private static string Validator(Rng rng, string ns, string entity)
        {
            var w = new CodeWriter();
            w.Usings(Usings.Concat(new[] { "System.Text.RegularExpressions" }));
            w.Open("namespace " + ns);
            w.Open($"public sealed class {entity}Input");
            var props = Vocabulary.PropertyNames.Skip(rng.Next(0, 8)).Take(rng.Next(4, 8)).ToList();
            foreach (var prop in props)
            {
                w.Line($"public string? {prop} {{ get; set; }}");
            }

            w.Line("public int Quantity { get; set; }");
            w.Line("public decimal Amount { get; set; }");
            w.Close();
            w.Line();
            w.Open($"public sealed class {entity}Validator");
            w.Line("private static readonly Regex CodePattern = new Regex(\"^[A-Z]{2,4}-[0-9]{3,8}$\", RegexOptions.CultureInvariant);");
            w.Line($"private readonly List<Func<{entity}Input, string?>> _rules = new List<Func<{entity}Input, string?>>();");
            w.Line();
            w.Open($"public {entity}Validator()");
            foreach (var prop in props)
            {
                var rule = rng.Next(3);
                if (rule == 0)
                {
                    w.Line($"_rules.Add(input => string.IsNullOrWhiteSpace(input.{prop}) ? \"{prop} is required\" : null);");
                }
                else if (rule == 1)
                {
                    w.Line($"_rules.Add(input => input.{prop} != null && input.{prop}.Length > {rng.Next(16, 256)} ? \"{prop} is too long\" : null);");
                }
                else
                {
                    w.Line($"_rules.Add(input => input.{prop} != null && !CodePattern.IsMatch(input.{prop}) ? \"{prop} has a bad format\" : null);");
                }
            }

            w.Line($"_rules.Add(input => input.Quantity is < 0 or > {rng.Next(100, 10000)} ? \"Quantity is out of range\" : null);");
            w.Line("_rules.Add(input => input.Amount < 0 ? \"Amount must not be negative\" : null);");
            w.Close();
            w.Line();
            w.Open($"public IReadOnlyList<string> Validate({entity}Input input)");
            w.Line("return _rules.Select(rule => rule(input)).Where(error => error != null).Select(error => error!).ToList();");
            w.Close();
            w.Line();
            w.Open($"public Result<{entity}Input> Check({entity}Input input)");
            w.Line("var errors = Validate(input);");
            w.Line($"return errors.Count == 0 ? Result<{entity}Input>.Ok(input) : Result<{entity}Input>.Fail(string.Join(\"; \", errors));");
            w.Close();
            w.Line();
            w.Open($"public static {entity}Input Normalize({entity}Input input)");
            w.Line($"return new {entity}Input");
            w.Line("{");
            foreach (var prop in props)
            {
                w.Line($"    {prop} = input.{prop}?.Trim().Normalize(NormalizationForm.FormC),");
            }

            w.Line("    Quantity = Math.Max(0, input.Quantity),");
            w.Line("    Amount = Math.Round(input.Amount, 2),");
            w.Line("};");
            w.Close();
            w.Close();
            w.Close();
            return w.ToString();
        }

        private static string Workflow(Rng rng, string ns, string entity)
        {
            var w = new CodeWriter();
            w.Usings(Usings);
            w.Open("namespace " + ns);
            w.Open($"public enum {entity}Step");
            var steps = new[] { "Received", "Checked", "Approved", "Scheduled", "Done", "Rejected" };
            foreach (var step in steps)
            {
                w.Line(step + ",");
            }

            w.Close();
            w.Line();
            w.Open($"public sealed class {entity}StepChanged : EventArgs");
            w.Line($"public {entity}StepChanged({entity}Step from, {entity}Step to) {{ From = from; To = to; }}");
            w.Line($"public {entity}Step From {{ get; }}");
            w.Line($"public {entity}Step To {{ get; }}");
            w.Close();
            w.Line();
            w.Open($"public sealed class {entity}Workflow");
            w.Line($"private readonly Queue<{entity}Step> _trail = new Queue<{entity}Step>();");
            w.Line("private readonly IClock _clock;");
            w.Line("private DateTimeOffset _lastChange;");
            w.Line();
            w.Line($"public {entity}Workflow(IClock clock) {{ _clock = clock; _lastChange = clock.UtcNow; }}");
            w.Line();
            w.Line($"public event EventHandler<{entity}StepChanged>? StepChanged;");
            w.Line();
            w.Line($"public {entity}Step Current {{ get; private set; }} = {entity}Step.Received;");
            w.Line();
            w.Open($"public bool Advance(bool approved, int score)");
            w.Line("var next = Current switch");
            w.Line("{");
            w.Line($"    {entity}Step.Received => {entity}Step.Checked,");
            w.Line($"    {entity}Step.Checked when approved && score >= {rng.Next(10, 90)} => {entity}Step.Approved,");
            w.Line($"    {entity}Step.Checked => {entity}Step.Rejected,");
            w.Line($"    {entity}Step.Approved => {entity}Step.Scheduled,");
            w.Line($"    {entity}Step.Scheduled => {entity}Step.Done,");
            w.Line("    _ => Current,");
            w.Line("};");
            w.Open("if (next == Current)").Line("return false;").Close();
            w.Line("_trail.Enqueue(Current);");
            w.Open($"while (_trail.Count > {rng.Next(4, 16)})").Line("_trail.Dequeue();").Close();
            w.Line($"var args = new {entity}StepChanged(Current, next);");
            w.Line("Current = next;");
            w.Line("_lastChange = _clock.UtcNow;");
            w.Line("StepChanged?.Invoke(this, args);");
            w.Line("return true;");
            w.Close();
            w.Line();
            w.Line("public TimeSpan SinceLastChange => _clock.UtcNow - _lastChange;");
            w.Line();
            w.Line("public string Trail => string.Join(\" > \", _trail.Select(step => step.ToString().ToLowerInvariant()).Append(Current.ToString()));");
            w.Line();
            w.Open("public async Task<int> RunAsync(IEnumerable<(bool Approved, int Score)> inputs, CancellationToken cancellationToken)");
            w.Line("var moves = 0;");
            w.Open("foreach (var (approved, score) in inputs)");
            w.Line("cancellationToken.ThrowIfCancellationRequested();");
            w.Open("if (Advance(approved, score))").Line("moves++;").Close();
            w.Line("await Task.Delay(TimeSpan.FromMilliseconds(" + rng.Next(1, 50) + "), cancellationToken).ConfigureAwait(false);");
            w.Close();
            w.Line("return moves;");
            w.Close();
            w.Close();
            w.Close();
            return w.ToString();
        }

        private const string Kernel = """
            using System;
            using System.Globalization;

            namespace Contoso.Domain
            {
                public sealed class DomainException : Exception
                {
                    public DomainException(string message) : base(message) { }
                }

                public interface IClock
                {
                    DateTimeOffset UtcNow { get; }
                }

                public sealed class SystemClock : IClock
                {
                    public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;
                }

                public static class Guard
                {
                    public static string NotEmpty(string? value, string name)
                    {
                        if (string.IsNullOrWhiteSpace(value))
                        {
                            throw new ArgumentException("Value must not be empty.", name);
                        }

                        return value;
                    }
                }

                public readonly struct Money : IEquatable<Money>
                {
                    public Money(decimal amount, string currency)
                    {
                        Amount = amount;
                        Currency = currency;
                    }

                    public decimal Amount { get; }
                    public string Currency { get; }

                    public static Money Zero(string currency) => new Money(0m, currency);

                    public Money Add(Money other)
                    {
                        if (!string.Equals(Currency, other.Currency, StringComparison.Ordinal))
                        {
                            throw new DomainException($"Cannot add {other.Currency} to {Currency}.");
                        }

                        return new Money(Amount + other.Amount, Currency);
                    }

                    public Money Multiply(decimal factor) => new Money(Math.Round(Amount * factor, 2), Currency);

                    public bool Equals(Money other) => Amount == other.Amount && Currency == other.Currency;

                    public override bool Equals(object? obj) => obj is Money other && Equals(other);

                    public override int GetHashCode() => HashCode.Combine(Amount, Currency);

                    public override string ToString() => Amount.ToString("N2", CultureInfo.InvariantCulture) + " " + Currency;
                }

                public sealed class Result<T>
                {
                    private Result(bool success, T? value, string? error)
                    {
                        Success = success;
                        Value = value;
                        Error = error;
                    }

                    public bool Success { get; }
                    public T? Value { get; }
                    public string? Error { get; }

                    public static Result<T> Ok(T value) => new Result<T>(true, value, null);

                    public static Result<T> Fail(string error) => new Result<T>(false, default, error);
                }
            }
            """;
    }
}
