using System.Text.Json;
using System.Text.Json.Serialization;

namespace Triangulate.Storage;

/// <summary>How analysis records are written into a store's document columns: compact snake_case, enums by name.</summary>
internal static class StoredJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>The record as UTF-8, the form SQLite stores text in: no string to make and transcode again.</summary>
    public static Utf8Json Write<T>(T value) => new(JsonSerializer.SerializeToUtf8Bytes(value, Options));

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidDataException("a stored analysis record is empty");
}
