using System.Globalization;
using Triangulate.Ingest;

namespace Triangulate.Tests.Reuse;

/// <summary>
/// A fictional wire story by the Coastline News Agency (CNA) about a mine collapse in Ostrava Bay, and the outlets
/// that carry it: word for word, trimmed, edited (a label sharpened, a figure and a quotation changed), paraphrased.
/// </summary>
internal static class ProvenanceFixtures
{
    public static Article Article(string id, string published, string? outlet, IReadOnlyList<string> credits, params string[] body) =>
        new(id, id, id, null, "Mine collapse in Ostrava Bay", outlet is null ? null : new Outlet(outlet, "fixture"),
            new PublicationTime(DateTimeOffset.Parse(published, CultureInfo.InvariantCulture), TimePrecision.Minute, false, "fixture"),
            credits, null, body, []);

    public static readonly string[] Wire =
    [
        "A tunnel at the Dunmore copper mine in Ostrava Bay collapsed on Monday night, trapping at least 14 miners underground, regional officials told CNA.",
        "Rescue teams drilled a ventilation shaft towards the trapped men through the night, the mine's operator Halvard Metals said.",
        "The Ostrava miners' union said it had warned in April that the tunnel supports were corroded.",
        "\"We are doing everything humanly possible to bring them home,\" Governor Tomas Ilves told reporters at the pithead.",
        "Members of the radical Free Ostrava groups gathered outside the company's offices on Tuesday morning.",
        "The mine employs about 2,300 people and produced 41,000 tonnes of copper last year.",
    ];

    public static Article OwnText => Article("cna", "2026-02-02T22:40Z", "Coastline News Agency", ["CNA"], Wire);

    public static Article Verbatim => Article("verbatim", "2026-02-02T23:30Z", "Bay Courier", ["CNA"], Wire);

    public static Article Trimmed => Article("trimmed", "2026-02-03T00:10Z", "Harbour Lights", ["CNA"], Wire[0], Wire[1], Wire[2]);

    public static Article Edited => Article("edited", "2026-02-03T06:00Z", "The Northern Ledger", ["CNA"],
        "A tunnel at the Dunmore copper mine in Ostrava Bay collapsed on Monday night, trapping more than 14 miners underground, regional officials told CNA.",
        Wire[1],
        Wire[2],
        "\"We are doing everything possible to bring them home,\" Governor Tomas Ilves told reporters at the pithead.",
        "Members of the radical Free Ostrava protest groups gathered outside the company's offices on Tuesday morning.",
        "Opposition leader Greta Lunde called for the regional mining inspector to resign.");

    public static Article Paraphrase => Article("paraphrase", "2026-02-03T08:15Z", "Valley Times", ["CNA"],
        "Regional officials said on Monday night that at least 14 miners were trapped underground when a tunnel of the Dunmore copper mine in Ostrava Bay caved in.",
        "Halvard Metals, which operates the mine, said rescuers spent the night drilling a ventilation shaft towards the trapped men.",
        "According to the Ostrava miners' union, it had already warned in April that the supports of the tunnel were corroded.",
        "Governor Tomas Ilves said the authorities were doing everything humanly possible to bring the miners home.");

    public static Article Unrelated => Article("ferries", "2026-02-03T09:00Z", "Bay Courier", [],
        "The Ostrava Bay ferry company will add two night crossings from March, its chief executive said on Tuesday.",
        "Fares on the new crossings will be the same as on the day services, the company said.");
}
