using Triangulate.Text;

namespace Triangulate.Tests.Text;

public class SentenceEmbedderTest
{
    private static double Cosine(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();

    [Fact]
    public void A_rewording_is_closer_than_another_event_sharing_a_word()
    {
        var embedder = SentenceEmbedder.Shared;
        var resigns = embedder.Embed("Tarsen mayor resigns after audit finds missing funds");
        var quits = embedder.Embed("Head of Tarsen city hall quits over budget scandal");
        var ferries = embedder.Embed("Tarsen ferries halted as crews strike over pay");

        Assert.Equal(SentenceEmbedder.Dimensions, resigns.Length);
        Assert.Equal(1, Math.Sqrt(Cosine(resigns, resigns)), 3);
        Assert.True(Cosine(resigns, quits) > Cosine(resigns, ferries) + 0.1);
    }
}
