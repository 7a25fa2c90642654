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
}
