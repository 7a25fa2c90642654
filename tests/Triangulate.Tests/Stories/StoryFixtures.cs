using Triangulate.Ingest;

namespace Triangulate.Tests.Stories;

/// <summary>Small fictional news articles for the story tests.</summary>
internal static class StoryFixtures
{
    public static Article Article(string id, string title, string published, string outlet, params string[] body) =>
        new(id, id, id, null, title, new Outlet(outlet, "fixture"),
            new PublicationTime(DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture), TimePrecision.Minute, false, "fixture"),
            [], null, body, []);

    public static IReadOnlyList<Article> BridgeCollapseCopies { get; } =
    [
        Article("bridge-1", "Harbour bridge collapses in Velmora, four missing", "2025-03-04T09:10Z", "Coastal Wire",
            "A section of the Old Harbour Bridge in Velmora collapsed into the Serin river early on Tuesday, and four people are missing, the city's fire service said.",
            "Rescue divers were searching the water below the 140-metre span, which carried about 12,000 vehicles a day.",
            "Mayor Idris Okonkwo said the bridge had been inspected in 2023 and cleared for traffic."),
        Article("bridge-2", "Four missing after Velmora harbour bridge collapse", "2025-03-04T10:02Z", "Daily Meridian",
            "Four people are missing after a section of the Old Harbour Bridge in Velmora collapsed into the Serin river on Tuesday, the fire service said.",
            "Divers searched the water below the 140-metre span, used by about 12,000 vehicles a day.",
            "Mayor Idris Okonkwo told reporters the bridge had passed an inspection in 2023."),
        Article("bridge-3", "Velmora bridge collapse: divers search Serin river", "2025-03-04T13:45Z", "Velmora Post",
            "Divers kept searching the Serin river on Tuesday afternoon for four people missing since part of the Old Harbour Bridge in Velmora gave way.",
            "Mayor Idris Okonkwo said the 140-metre span, inspected in 2023, would stay closed and that traffic would be diverted.",
            "The fire service said two cars and a delivery van fell with the section."),
    ];

    public static IReadOnlyList<Article> TwoMeetings { get; } =
    [
        Article("meeting-march-1", "Donn and Vahl meet in Tarsen to discuss grain corridor", "2024-03-12T08:00Z", "Coastal Wire",
            "Prime Minister Alira Donn met President Kestor Vahl in Tarsen on Tuesday to discuss reopening the grain corridor through the Ostrel strait.",
            "The two leaders agreed to set up a joint commission on shipping fees, their offices said after the talks.",
            "Donn said the corridor could carry 3 million tonnes a month once the strait is cleared of mines."),
        Article("meeting-march-2", "Vahl hosts Donn for talks on grain corridor", "2024-03-12T11:30Z", "Daily Meridian",
            "President Kestor Vahl hosted Prime Minister Alira Donn in Tarsen on Tuesday for talks on the grain corridor through the Ostrel strait.",
            "They agreed to a joint commission on shipping fees, according to a statement from both offices.",
            "Clearing the strait of mines would let 3 million tonnes a month through, Donn said."),
        Article("meeting-september-1", "Donn and Vahl meet again in Tarsen over grain corridor", "2024-09-17T08:15Z", "Coastal Wire",
            "Prime Minister Alira Donn met President Kestor Vahl in Tarsen on Tuesday to review the grain corridor through the Ostrel strait.",
            "The leaders signed a deal cutting shipping fees by 15 percent, their offices said after the talks.",
            "Vahl said 41 ships had used the corridor since the joint commission began work."),
        Article("meeting-september-2", "Vahl and Donn sign shipping fee deal in Tarsen", "2024-09-17T12:40Z", "Velmora Post",
            "President Kestor Vahl and Prime Minister Alira Donn signed a deal in Tarsen on Tuesday cutting fees for the grain corridor through the Ostrel strait by 15 percent.",
            "The joint commission has seen 41 ships through the corridor, Vahl said.",
            "Donn called the talks the most productive since the corridor reopened."),
    ];

    public static IReadOnlyList<Article> TwoEarthquakes { get; } =
    [
        Article("quake-2019-1", "Magnitude 6.2 earthquake strikes Kelmaria's Ostrava province", "2019-06-02T04:20Z", "Coastal Wire",
            "A magnitude 6.2 earthquake struck Ostrava province in northern Kelmaria on Sunday, killing at least 9 people and damaging hundreds of homes, officials said.",
            "The quake hit at a depth of 10 kilometres near the town of Brenik, the national seismology institute said.",
            "Rescue teams were pulling survivors from collapsed buildings in Brenik."),
        Article("quake-2019-2", "Earthquake kills 9 in northern Kelmaria", "2019-06-02T07:05Z", "Daily Meridian",
            "At least 9 people were killed when a magnitude 6.2 earthquake hit Ostrava province in Kelmaria on Sunday, officials said.",
            "The epicentre was near Brenik at a depth of 10 kilometres, according to the seismology institute.",
            "Hundreds of homes were damaged across the province."),
        Article("quake-2023-1", "Strong earthquake hits Kelmaria's Ostrava province", "2023-11-20T15:40Z", "Coastal Wire",
            "A magnitude 6.0 earthquake struck Ostrava province in northern Kelmaria on Monday, killing at least 14 people and damaging homes, officials said.",
            "The quake hit at a depth of 15 kilometres near the town of Sarvo, the national seismology institute said.",
            "Rescue teams were searching collapsed buildings in Sarvo."),
        Article("quake-2023-2", "Earthquake kills 14 in northern Kelmaria", "2023-11-20T18:10Z", "Velmora Post",
            "At least 14 people were killed when a magnitude 6.0 earthquake hit Ostrava province in Kelmaria on Monday, officials said.",
            "The epicentre was near Sarvo at a depth of 15 kilometres, according to the seismology institute.",
            "Homes were damaged across the province."),
    ];

    /// <summary>Unrelated articles so that document frequencies look like a news stream.</summary>
    public static IReadOnlyList<Article> Background { get; } =
    [
        Article("bg-1", "Central bank of Kelmaria holds rates", "2024-05-02T09:00Z", "Coastal Wire",
            "The central bank of Kelmaria kept its main interest rate at 4.5 percent on Thursday, citing slowing inflation.",
            "Governor Mira Salt said the bank would watch food prices closely."),
        Article("bg-2", "Velmora football club signs striker", "2024-07-08T16:00Z", "Velmora Post",
            "Velmora FC signed striker Tomas Eberg from Brenik United on a three-year contract on Monday.",
            "The club did not disclose the fee, which local media put at 2 million."),
        Article("bg-3", "Tarsen opens new metro line", "2024-10-01T07:30Z", "Daily Meridian",
            "The city of Tarsen opened its third metro line on Tuesday, linking the airport with the old town.",
            "The 18-kilometre line has 14 stations and cost 1.2 billion, the transport authority said."),
    ];

    /// <summary>
    /// A stream of invented events, one a day from <paramref name="start"/>, each reported by
    /// <paramref name="articlesPerEvent"/> outlets: the events share their kind's words but not their names of places,
    /// people and figures. Article ids are "event-E-A".
    /// </summary>
    public static IReadOnlyList<Article> EventStream(int events, int articlesPerEvent, string start = "2025-01-01T08:00Z")
    {
        string[] kinds = ["flood", "fire", "strike", "landslide"];
        string[] outlets = ["Coastal Wire", "Daily Meridian", "Velmora Post", "Tarsen Herald"];
        var first = DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture);
        var articles = new List<Article>();
        for (var e = 0; e < events; e++)
        {
            var (kind, town, village, river) = (kinds[e % kinds.Length], Name(e, 1), Name(e, 2), Name(e, 3));
            var (person, agency, company) = (Name(e, 4), Name(e, 5), Name(e, 6));
            var affected = 100 + e * 7;
            string[] sentences =
            [
                $"{person} of the {agency} said {town} and {village} were hit by the {kind} on Monday.",
                $"{affected} people near the {river} were affected, {company} confirmed.",
                $"Crews from {agency} and {company} worked in {village} and {town} through the night, {person} said.",
            ];
            for (var a = 0; a < articlesPerEvent; a++)
            {
                var published = first.AddDays(e).AddHours(a);
                articles.Add(Article($"event-{e}-{a}", $"{town} {kind}: {person} says {affected} affected near {river}", published.ToString("o"),
                    outlets[a % outlets.Length], [.. sentences.Skip(a % sentences.Length), .. sentences.Take(a % sentences.Length)]));
            }
        }
        return articles;
    }

    /// <summary>
    /// Results of <paramref name="companies"/> invented companies in the terse wire table layout (each company's table
    /// holds its own lines), each carried by two outlets within the hour, a company a day: look-alike reports that are
    /// each their own event.
    /// </summary>
    /// <summary>Feed items with a headline and nothing else (the body repeats it), about one ferry strike.</summary>
    public static IReadOnlyList<Article> FerryStrikeHeadlines { get; } =
    [
        Headline("ferry-1", "Velmora ferry crews walk out over pay", "2025-05-12T06:10Z", "Coastal Wire"),
        Headline("ferry-2", "Ferry strike strands thousands of Velmora commuters", "2025-05-12T07:30Z", "Daily Meridian"),
        Headline("ferry-3", "Velmora ferries halted as crews strike", "2025-05-12T08:05Z", "Harbour Times"),
        Headline("ferry-4", "Commuters queue for buses as Velmora ferry strike bites", "2025-05-12T09:45Z", "Velmora Post"),
        Headline("ferry-5", "Ferry union says Velmora strike will last three days", "2025-05-12T11:20Z", "Coastal Wire"),
        Headline("ferry-6", "What the Velmora ferry strike means for your commute", "2025-05-12T13:00Z", "City Notes"),
    ];

    /// <summary>Headline-only items about a chemical plant fire, on the same day as the ferry strike.</summary>
    public static IReadOnlyList<Article> PlantFireHeadlines { get; } =
    [
        Headline("plantfire-1", "Fire breaks out at Brenik chemical plant", "2025-05-12T06:40Z", "Coastal Wire"),
        Headline("plantfire-2", "Residents near Brenik plant told to stay indoors after blaze", "2025-05-12T08:15Z", "Daily Meridian"),
        Headline("plantfire-3", "Brenik chemical fire under control, firefighters say", "2025-05-12T12:30Z", "Velmora Post"),
    ];

    /// <summary>Headline-only items about one resignation, worded differently by each outlet.</summary>
    public static IReadOnlyList<Article> MayorResignationHeadlines { get; } =
    [
        Headline("mayor-1", "Tarsen mayor Elin Vosk resigns after audit finds missing funds", "2025-05-12T06:30Z", "Coastal Wire"),
        Headline("mayor-2", "Elin Vosk quits as head of Tarsen city hall", "2025-05-12T07:45Z", "Daily Meridian"),
        Headline("mayor-3", "Vosk steps down amid Tarsen budget scandal", "2025-05-12T09:10Z", "Harbour Times"),
        Headline("mayor-4", "Who will lead Tarsen now that Vosk is gone?", "2025-05-12T12:00Z", "City Notes"),
    ];

    /// <summary>A weekly central bank report in one template, for consecutive weeks, each with a copy an hour later.</summary>
    public static IReadOnlyList<Article> WeeklyBorrowings(int weeks)
    {
        var articles = new List<Article>();
        var first = DateTimeOffset.Parse("2025-02-06T16:20Z", System.Globalization.CultureInfo.InvariantCulture);
        for (var w = 0; w < weeks; w++)
        {
            var published = first.AddDays(7 * w);
            var (average, total, change, extended, reserves) = (64 + 83 * w, 502 + 47 * w, 131 - 9 * w, 274 + 13 * w, 644 + 29 * w);
            var title = $"VELMORA BANK BORROWINGS {average} MLN CROWNS";
            string[] body =
            [
                $"KELL, {published:MMM d} - Velmora's eight major banks had {average} mln crowns in average borrowings from the central bank in the week to Wednesday {published.AddDays(-1):MMMM d}, a bank spokesman said.",
                $"Total borrowings in the week fell {change} mln crowns to {total} mln, with extended credits at {extended} mln. Net borrowings in the prior week averaged {average + 41} mln crowns.",
                $"Banks had average net free reserves of {reserves} mln crowns a day in the two weeks to {published.AddDays(-1):MMMM d}.",
            ];
            articles.Add(Article($"borrowings-{w}-wire", title, published.ToString("o"), "Coastal Wire", body));
            articles.Add(Article($"borrowings-{w}-copy", title, published.AddHours(1).ToString("o"), "Daily Meridian", body));
        }
        return articles;
    }

    private static Article Headline(string id, string title, string published, string outlet) => Article(id, title, published, outlet, title);

    public static IReadOnlyList<Article> QuarterlyResults(int companies)
    {
        string[] sectors = ["Industries", "Holdings", "Foods", "Mining", "Bancorp", "Shipping", "Textiles", "Airways"];
        string[] periods = ["1ST QTR", "2ND QTR", "3RD QTR", "4TH QTR", "YEAR"];
        var articles = new List<Article>();
        var first = DateTimeOffset.Parse("2025-10-13T14:00Z", System.Globalization.CultureInfo.InvariantCulture);
        for (var c = 0; c < companies; c++)
        {
            var company = $"{Name(c, 7)} {sectors[c % sectors.Length]}";
            var (cents, net, revenue) = (31 + 7 * c, 4_100_000 + 613_000 * c, 48.5 + 9.7 * c);
            var loss = c % 3 == 0;
            var table = new List<string>
            {
                $"{Name(c, 3).ToUpperInvariant()}, Oct {13 + c} - Shr {(loss ? "loss " : "")}{cents} cts vs {cents - 6} cts",
                $"Net {(loss ? "loss " : "")}{net:N0} vs {net - 912_000:N0}",
                c % 2 == 0 ? $"Revs {revenue:F1} mln vs {revenue - 4.4:F1} mln" : $"Sales {revenue:F1} mln dlrs vs {revenue + 2.1:F1} mln",
            };
            if (c % 4 == 1)
            {
                table.Add($"Avg shrs {net / 40:N0} vs {net / 41:N0}");
            }
            if (c % 3 == 2)
            {
                table.Add($"NOTE: {company} results include a gain of {c + 2}00,000 dlrs from the sale of its {Name(c, 5)} unit.");
            }
            var title = $"{company.ToUpperInvariant()} <{Name(c, 7)[..3].ToUpperInvariant()}> {periods[c % periods.Length]} {(loss ? "LOSS" : "NET")}";
            var published = first.AddDays(c);
            articles.Add(Article($"results-{c}-wire", title, published.ToString("o"), "Coastal Wire", [.. table]));
            articles.Add(Article($"results-{c}-copy", title, published.AddMinutes(40).ToString("o"), "Daily Meridian", [.. table]));
        }
        return articles;
    }

    /// <summary>
    /// One day's quarterly dividend notices of many companies in one wire template (a few words and two or three
    /// figures each, the company named only in the headline), each with a copy twenty minutes later.
    /// </summary>
    public static IReadOnlyList<Article> DividendNotices(int companies)
    {
        string[] sectors = ["Industries", "Holdings", "Foods", "Bancorp", "Utilities", "Stores"];
        string[] verbs = ["SETS QUARTERLY DIVIDEND", "RAISES QUARTERLY", "REGULAR DIVIDEND", "QTLY DIV", "SETS PAYOUT"];
        string[] cities = ["KELL", "BRENIK", "VELMORA", "SERIN", "ODRAVA"];
        var articles = new List<Article>();
        var first = DateTimeOffset.Parse("2025-11-03T13:05Z", System.Globalization.CultureInfo.InvariantCulture);
        for (var c = 0; c < companies; c++)
        {
            var cents = 5 + 3 * c;
            var raised = c % 5 == 1;
            var title = $"{Name(c, 4).ToUpperInvariant()} {sectors[c % sectors.Length].ToUpperInvariant()} <{Name(c, 6).ToUpperInvariant()}> {verbs[c % verbs.Length]}";
            string[] body =
            [
                $"{cities[c % cities.Length]}, Nov 3 - Qtly div {cents} cts vs {(raised ? cents - 2 : cents)} cts prior",
                $"Pay December {1 + c % 20}",
                $"Record November {14 + c % 10}",
            ];
            var published = first.AddMinutes(17 * c);
            articles.Add(Article($"dividend-{c}-wire", title, published.ToString("o"), "Coastal Wire", body));
            articles.Add(Article($"dividend-{c}-copy", title, published.AddMinutes(20).ToString("o"), "Daily Meridian", body));
        }
        return articles;
    }

    /// <summary>An invented proper name, different for each number and salt.</summary>
    private static string Name(int number, int salt)
    {
        string[] syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "da"];
        var name = new System.Text.StringBuilder();
        for (var n = number * 10 + salt + 1000; n > 0; n /= syllables.Length)
        {
            name.Append(syllables[n % syllables.Length]);
        }
        return Capitalised(name.ToString());
    }

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
