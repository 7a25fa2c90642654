namespace Triangulate.Ingest;

/// <summary>The wire agencies whose copy outlets carry, under the names they are credited by.</summary>
public static class NewsAgencies
{
    private static readonly Dictionary<string, string> Canonical = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AFP"] = "AFP", ["Agence France-Presse"] = "AFP", ["Agence France Presse"] = "AFP",
        ["AP"] = "AP", ["Associated Press"] = "AP", ["The Associated Press"] = "AP", ["AP Photo"] = "AP",
        ["Reuters"] = "Reuters", ["Thomson Reuters"] = "Reuters",
        ["dpa"] = "dpa", ["Deutsche Presse-Agentur"] = "dpa", ["Xinhua"] = "Xinhua", ["UPI"] = "UPI", ["United Press International"] = "UPI",
        ["Anadolu"] = "Anadolu", ["Anadolu Agency"] = "Anadolu", ["EFE"] = "EFE", ["Kyodo"] = "Kyodo", ["ANSA"] = "ANSA", ["TASS"] = "TASS",
        ["PTI"] = "PTI", ["Press Trust of India"] = "PTI", ["ANI"] = "ANI", ["IANS"] = "IANS", ["Bernama"] = "Bernama", ["Yonhap"] = "Yonhap",
        ["WAFA"] = "WAFA", ["IRNA"] = "IRNA", ["SANA"] = "SANA", ["Bloomberg"] = "Bloomberg",
    };

    /// <summary>The usual name of a known agency ("Agence France-Presse" → "AFP"); any other name as it is.</summary>
    public static string Normalise(string name) => Canonical.GetValueOrDefault(name.Trim()) ?? name.Trim();

    /// <summary>
    /// True when two credits name one agency: the same usual name, or one is the initials of the other ("MPA" and
    /// "Meridian Press Agency"), as happens for agencies this list does not know.
    /// </summary>
    public static bool Same(string first, string second)
    {
        var (a, b) = (Normalise(first), Normalise(second));
        return string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || IsInitialsOf(a, b) || IsInitialsOf(b, a);
    }

    private static bool IsInitialsOf(string acronym, string name)
    {
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).ToList();
        return words.Count >= 2 && acronym.Length == words.Count && acronym.All(char.IsUpper)
            && words.Select(w => w[0]).SequenceEqual(acronym);
    }
}
