using Triangulate.Text;

namespace Triangulate.Tests.Text;

public class WordMemoTest
{
    [Fact]
    public void A_word_met_again_is_not_made_again()
    {
        var made = 0;
        var memo = new WordMemo<string>(word => { made++; return word.ToString().ToUpperInvariant(); }, capacity: 10);
        var text = "the ferry left the harbour";

        var first = memo.Of(text.AsSpan(0, 3));
        var again = memo.Of(text.AsSpan(15, 3));

        Assert.Equal("THE", first);
        Assert.Same(first, again);
        Assert.Equal(1, made);
    }

    [Fact]
    public void A_full_memo_starts_again_rather_than_grow()
    {
        var made = 0;
        var memo = new WordMemo<int>(word => { made++; return word.Length; }, capacity: 2);

        memo.Of("quay");
        memo.Of("pier");
        memo.Of("dock");
        memo.Of("quay");

        Assert.Equal(4, made);
        Assert.Equal(4, memo.Of("dock"));
        Assert.Equal(4, made);
    }
}
