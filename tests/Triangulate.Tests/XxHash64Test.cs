using System.Text;
using Triangulate.Text;

namespace Triangulate.Tests;

public class XxHash64Test
{
    // Reference values from the xxHash specification's test vectors (XXH64, seed 0 unless given).
    [Theory]
    [InlineData("", 0UL, 0xEF46DB3751D8E999UL)]
    [InlineData("a", 0UL, 0xD24EC4F1A98C6E5BUL)]
    [InlineData("abc", 0UL, 0x44BC2CF5AD770999UL)]
    [InlineData("Nobody inspects the spammish repetition", 0UL, 0xFBCEA83C8A378BF1UL)]
    [InlineData("The quick brown fox jumps over the lazy dog", 0UL, 0x0B242D361FDA71BCUL)]
    public void MatchesReferenceVectors(string input, ulong seed, ulong expected) =>
        Assert.Equal(expected, XxHash64.Hash(Encoding.UTF8.GetBytes(input), seed));

    [Fact]
    public void StringOverloadHashesUtf8Bytes()
    {
        var longText = new string('é', 900);
        Assert.Equal(XxHash64.Hash(Encoding.UTF8.GetBytes(longText)), XxHash64.Hash(longText));
        Assert.Equal(XxHash64.Hash(Encoding.UTF8.GetBytes("Ansar Allah")), XxHash64.Hash("Ansar Allah"));
    }
}
