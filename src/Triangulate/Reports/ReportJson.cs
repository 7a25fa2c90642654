using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Triangulate.Reports;

/// <summary>
/// JSON for programs: snake_case names, indented, nulls kept so every field of the schema is present, and kinds
/// (an actor's type) by name, as the report writes them, never by number.
/// </summary>
public static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(new LowerCaseNamingPolicy(), allowIntegerValues: false) },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Writes the JSON and a closing newline to a stream as it goes: a corpus report can outgrow any one string.</summary>
    public static async Task WriteAsync<T>(Stream stream, T value, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await JsonSerializer.SerializeAsync(stream, value, Options, cancellation);
        await stream.WriteAsync("\n"u8.ToArray(), cancellation);
        await stream.FlushAsync(cancellation);
    }
}
