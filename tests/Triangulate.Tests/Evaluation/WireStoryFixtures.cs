using Triangulate.Evaluation.Synthetic.Pages;

namespace Triangulate.Tests.Evaluation;

/// <summary>Invented wire stories in the two corpora's styles: Reuters-like with datelines and dates, BBC-like without, and a weekly report.</summary>
internal static class WireStoryFixtures
{
    private static readonly (string Title, string Dateline, string Text)[] Dated =
    [
        ("PORT MIRREN DOCKERS STRIKE OVER NIGHT SHIFTS", "PORT MIRREN, March 3 -",
            """PORT MIRREN, March 3 - Dockers at Port Mirren walked out over a plan to add night shifts, leaving at least 40 ships waiting offshore, the port authority said. The union said the company had ignored three rounds of talks since January. "We are not against work, we are against working ourselves to death," union leader Anna Brek told reporters. The port handles about 1,200 containers a day. Shipping agents warned that fresh food could run short within a week. Talks are due to resume on Wednesday, the port authority said."""),
        ("CALDER MINING SEES HIGHER 1987 COPPER OUTPUT", "CALDER, March 4 -",
            """CALDER, March 4 - Calder Mining Co said it expects copper output to rise by more than 12 pct in 1987 after reopening its northern pit. The company said the pit would add about 30,000 tonnes a year. Analysts said the forecast was higher than expected. "The ore grades are the best we have seen in a decade," chief executive Ines Holt told a news conference. Shares in the company rose 40 cents to 12.10 dlrs. The pit was closed in 1985 after flooding."""),
        ("WEXLEY TRAM OPERATOR RAISES FARES BY A FIFTH", "WEXLEY, March 5 -",
            """WEXLEY, March 5 - Tram fares in Wexley will rise by a fifth from April, the city transport company announced. A single ticket will cost 2.40 crowns instead of 2 crowns. The company said rising energy prices had added nearly 9 million crowns to its costs. Passenger groups called the increase unfair. "Families on low incomes will be hit hardest," said Rosa Dell of the passengers' forum. The city council must still approve the fares, the company said."""),
    ];

    private static readonly (string Title, string Text)[] Undated =
    [
        ("Velmora film festival opens with record crowds",
            """The Velmora film festival opened with record crowds, organisers said. More than 20,000 tickets were sold on the first day. The festival shows 140 films from 38 countries. "We have never seen queues like this," director Tomas Keller said. The closing film is a documentary about the city's harbour."""),
        ("Ashby council approves new harbour bridge",
            """Ashby council has approved plans for a new bridge across the harbour. The bridge will cost about 80 million pounds and open in three years. Residents had campaigned for a crossing for two decades. "This is a great day for the town," council leader Priya Raman said. Work is due to start in the spring, the council said."""),
    ];

    /// <summary>The same weekly report on four Thursdays, with different figures.</summary>
    private static IEnumerable<WireStory> WeeklyBorrowings() =>
        new[] { (5, 64), (12, 212), (19, 0), (26, 139) }.Select(week => Reuters(
            $"KELL BANK DISCOUNT BORROWINGS {week.Item2} MLN DLRS", $"KELL, March {week.Item1} -",
            $"KELL, March {week.Item1} - The six major Kell banks had {week.Item2} mln dlrs in average borrowings from the central bank in the week to Wednesday, a bank spokesman said. The banks had 35 mln dlrs of borrowings in the prior week. Commenting on the latest week, the spokesman said the borrowing was done by fewer than half of the banks.",
            new DateTimeOffset(1987, 3, week.Item1, 16, 20, 0, TimeSpan.Zero), $"weekly-{week.Item1}"));

    public static IReadOnlyList<WireStory> All { get; } =
    [
        .. Dated.Select((s, i) => Reuters(s.Title, s.Dateline, s.Text, new DateTimeOffset(1987, 3, 3 + i, 10 + i, 5, 0, TimeSpan.Zero), $"dated-{i}")),
        .. Undated.Select((s, i) => new WireStory($"undated-{i}", s.Title, WireStories.Sentences(s.Text), null, "BBC", null, "entertainment")),
        .. WeeklyBorrowings(),
    ];

    private static WireStory Reuters(string title, string dateline, string text, DateTimeOffset date, string id) =>
        new(id, title, WireStories.Sentences(text), date, "Reuters", dateline, null);
}
