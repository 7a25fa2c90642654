using System.Text.RegularExpressions;
using Triangulate.Evaluation;
using Triangulate.Evaluation.Synthetic;

namespace Triangulate.Tests.Evaluation;

public partial class SyntheticCorpusTest
{
    /// <summary>Invented originals: a harbour strike, a museum reopening, a tram fare rise; each long enough to be copied.</summary>
    private static readonly (string Id, string Title, string Text)[] Sources =
    [
        ("strike", "Dockers at Port Mirren walk out over night shifts",
            """
            Dockers at Port Mirren walked out on Monday over a plan to add night shifts, leaving at least 40 ships waiting offshore, the port authority said.
            The union said the company had ignored three rounds of talks since January.
            "We are not against work, we are against working ourselves to death," union leader Anna Brek told reporters at the gate.
            The port handles about 1,200 containers a day and supplies most of the region's supermarkets.
            Harbour master Leon Faas said the queue of ships could reach 60 by Friday.
            Shipping agents warned that fresh food could run short within a week.
            The regional government offered to mediate, a spokeswoman said.
            Talks are due to resume on Wednesday at the port's offices, Harbour Master Leon Faas said.
            """),
        ("museum", "Calder museum reopens after four-year rebuild",
            """
            The Calder Museum of Maps reopened on Saturday after a four-year rebuild that cost more than 30 million crowns, its director said.
            Some 2,000 visitors queued in the rain before the doors opened at nine.
            The new wing holds the museum's collection of sea charts, many of them shown for the first time.
            "These charts were rolled up in a basement for a century," director Ines Holt said.
            The rebuild was paid for by the city and a lottery fund.
            Critics had called the project too expensive when it was announced in 2021.
            Entry will be free for children until the end of the year.
            The museum expects about 150,000 visitors in its first year.
            """),
        ("fares", "Wexley tram fares to rise by a fifth",
            """
            Tram fares in Wexley will rise by a fifth from March, the city transport company announced on Tuesday.
            A single ticket will cost 2.40 crowns instead of 2 crowns, and a monthly pass 48 crowns.
            The company said rising energy prices had added nearly 9 million crowns to its costs this year.
            Passenger groups called the increase unfair to people who cannot drive.
            "Families on low incomes will be hit hardest," said Rosa Dell of the Wexley Passengers' Forum.
            The city council must still approve the new fares at its meeting next week.
            Two of the council's five parties have said they will vote against.
            The last fare rise, in 2022, was 10 percent.
            """),
    ];

    [Fact]
    public void TheSameSeedGivesTheSameCorpus()
    {
        var first = new SyntheticCorpusGenerator(3, 0, seed: 5).Generate(Sources);
        var second = new SyntheticCorpusGenerator(3, 0, seed: 5).Generate(Sources);

        Assert.Equal(first.Documents.Select(d => string.Join('\n', d.Sentences)), second.Documents.Select(d => string.Join('\n', d.Sentences)));
        Assert.Equal(first.Changes, second.Changes);
    }

    [Fact]
    public void EveryCopyHasAKnownParentAndItsPlantedChangesAreInItsText()
    {
        var corpus = new SyntheticCorpusGenerator(3, 0, seed: 11).Generate(Sources);
        var ids = corpus.Documents.Select(d => d.Id).ToHashSet();

        foreach (var copy in corpus.Documents.Where(d => d.Kind is not "origin"))
            Assert.True(ids.Contains(copy.Parent) || copy.Parent is "NPA" or "CNA" or "MPA" or "HNA", copy.Id + " has parent " + copy.Parent);
        foreach (var change in corpus.Changes.Where(c => c.Kind is "figure" or "quote" or "label"))
        {
            var text = string.Join(' ', corpus.Documents.Single(d => d.Id == change.Document).Sentences);
            Assert.Contains(change.Text, text, StringComparison.Ordinal);
        }
        Assert.Contains(corpus.Changes, c => c.Kind == "figure");
        Assert.Contains(corpus.Changes, c => c.Kind == "quote");
    }

    [Fact]
    public void TheEvaluationFindsTheFamiliesOfASmallCorpus()
    {
        var directory = Directory.CreateTempSubdirectory("triangulate-synth-").FullName;
        try
        {
            new SyntheticCorpusGenerator(3, 0, seed: 3).Generate(Sources).Write(directory);

            var scores = ProvenanceEvaluation.Evaluate(directory).Metrics;

            Assert.Equal(3, scores["families"]);
            Assert.True(scores["edge_recall"] >= 0.8, $"edge recall {scores["edge_recall"]}");
            Assert.True(scores["family_purity"] >= 2 / 3.0, $"family purity {scores["family_purity"]}");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void AParaphraseKeepsEveryFigureWholeAndCreditsOneStatementToSomeoneVaguer()
    {
        var corpora = Enumerable.Range(1, 6).Select(seed => new SyntheticCorpusGenerator(3, 0, seed).Generate(Sources)).ToList();
        var paraphrases = corpora.SelectMany(corpus => corpus.Documents.Where(d => d.Kind == "paraphrase").Select(d => (Corpus: corpus, Copy: d))).ToList();

        Assert.Contains(paraphrases, p => p.Copy.Title.StartsWith(Sources[0].Title, StringComparison.Ordinal));
        foreach (var (corpus, copy) in paraphrases)
        {
            // Paraphrases are of the wire: the original's sentences.
            var original = Sources.Single(source => copy.Title.StartsWith(source.Title, StringComparison.Ordinal));
            var text = string.Join(' ', copy.Sentences);
            var planted = corpus.Changes.Where(c => c.Document == copy.Id).ToList();
            foreach (var figure in original.Text.Split('\n').Take(copy.Sentences.Count).SelectMany(s => Figure().Matches(s)).Select(m => m.Value))
                Assert.True(text.Contains(figure, StringComparison.Ordinal) || planted.Any(c => c.OriginText.Contains(figure, StringComparison.Ordinal)), $"{copy.Id} lost \"{figure}\"");
            if (original.Id == "strike")
            {
                var moved = Assert.Single(planted, c => c.Kind == "attribution");
                Assert.Equal("Harbour Master Leon Faas", moved.OriginText);
                Assert.Contains($"{moved.Text} said.", text, StringComparison.Ordinal);
                Assert.DoesNotContain("Leon Faas said.", text, StringComparison.Ordinal);
            }
        }
    }

    [GeneratedRegex(@"\b(?:(?:more than|about|nearly|some|at least) )?\d[\d,.]*(?: million)?", RegexOptions.IgnoreCase)]
    private static partial Regex Figure();
}
