using System.Text.Json;

namespace Triangulate.Reports;

/// <summary>Names as the report writes kinds and types: lower case, run together ("person", "armedgroup").</summary>
internal sealed class LowerCaseNamingPolicy : JsonNamingPolicy
{
    public override string ConvertName(string name) => name.ToLowerInvariant();
}
