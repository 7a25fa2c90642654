namespace Triangulate.Facts;

/// <summary>
/// Countries (ISO 3166-1 names from Debian's iso-codes), capitals and major cities, regions and demonyms, each with
/// its country and coordinates: "Yemeni" and "Sanaa" both lead to Yemen. Loaded once from the embedded gazetteer.tsv
/// (its header says where each column comes from).
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, Entry> _entries;

    private Gazetteer(Dictionary<string, Entry> entries) => _entries = entries;

    public static Gazetteer Default { get; } = Load();

    public Entry? Find(string name) => _entries.GetValueOrDefault(name);

    /// <summary>The entry of a name read straight from a text, without cutting it out first.</summary>
    public Entry? Find(ReadOnlySpan<char> name) => _entries.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var entry) ? entry : null;

    private static Gazetteer Load()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("Triangulate.Facts.gazetteer.tsv")
            ?? throw new InvalidOperationException("gazetteer.tsv is not embedded in the library");
        using var reader = new StreamReader(stream);
        var entries = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0)
                continue;
            var fields = line.Split('\t');
            entries.TryAdd(fields[0], new Entry(fields[0], fields[1], fields[2], fields[3], Coordinate(fields, 4), Coordinate(fields, 5)));
        }
        return new Gazetteer(entries);
    }

    private static double? Coordinate(string[] fields, int index) =>
        fields.Length > index && double.TryParse(fields[index], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <param name="Kind">country, city, region or demonym.</param>
    /// <param name="Place">The place this name stands for: the country for a demonym, the city itself for a city.</param>
    /// <param name="Country">The country the place is in; empty for regions beyond one country.</param>
    /// <param name="Latitude">Degrees north of the place (a country's principal city); null when unknown.</param>
    /// <param name="Longitude">Degrees east.</param>
    public sealed record Entry(string Name, string Kind, string Place, string Country, double? Latitude, double? Longitude);
}
