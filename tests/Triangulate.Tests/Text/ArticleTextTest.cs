using Triangulate.Text;

namespace Triangulate.Tests.Text;

public class ArticleTextTest
{
    private static readonly ArticleText Kell = ArticleText.Of("a1", "Kell ferry strike ends", [
        "Ferry crews in Kell returned to work on Monday. The strike had lasted nine days.",
        "Union leader Ada Marsh said the deal was \"a fair one\".",
    ]);

    [Fact]
    public void Sentence_offsets_point_into_the_joined_body_text()
    {
        Assert.Equal(3, Kell.Sentences.Count);
        foreach (var sentence in Kell.Sentences)
            Assert.Equal(sentence.Text, Kell.Text[sentence.Start..sentence.End]);
        Assert.Equal([0, 0, 1], Kell.Sentences.Select(s => s.Paragraph));
    }

    [Fact]
    public void Evidence_names_the_sentence_holding_its_start()
    {
        var start = Kell.Text.IndexOf("Ada Marsh", StringComparison.Ordinal);
        var evidence = Kell.Evidence(start, start + "Ada Marsh".Length);
        Assert.Equal(new Evidence("a1", 2, start, start + 9, "Ada Marsh"), evidence);
        Assert.Equal(1, Kell.Evidence(Kell.Text.IndexOf("nine", StringComparison.Ordinal), Kell.Text.IndexOf("nine", StringComparison.Ordinal) + 4).Sentence);
    }
}
