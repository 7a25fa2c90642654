using System.Diagnostics;
using System.Text;
using Triangulate.Fuzz;

namespace Triangulate.Tests.Ingest;

/// <summary>
/// A short, seeded fuzz run over every reader (the targets of fuzz/Triangulate.Fuzz): mutated seeds must come back
/// as documents or problem items, never as an exception. A failure names the target, seed and mutation to replay it.
/// </summary>
public class ReaderFuzzTest
{
    private const int MutantsPerSeed = 40;

    /// <summary>Byte strings that reach the readers' edge cases: markup, entities, record and gzip headers, separators.</summary>
    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "<", ">", "</p>", "<![CDATA[", "]]>", "&amp;", "&#x0;", "&#99999999;", "<!DOCTYPE rss [<!ENTITY a \"b\">]>", "<script>", "\"", "\\u0000",
            "{", "}", "[", ":", ",", "null", "1e999", "\r\n\r\n", "WARC/1.0\r\n", "Content-Length: 99999999\r\n", "Content-Length: -1\r\n",
            "Transfer-Encoding: chunked\r\n", "ffffffff\r\n", "charset=utf-16", "<meta charset=\"x-unknown\">", "\u202e", "\u001b[2J", "\n", "\t",
        }.Select(Encoding.UTF8.GetBytes),
        [0x1F, 0x8B, 0x08, 0x00], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF], [0x00, 0x00], [0xC3], [0xF0, 0x9F],
    ];

    public static TheoryData<string> Targets => [.. FuzzTargets.Names];

    [Theory]
    [MemberData(nameof(Targets))]
    public void MutatedInputsNeverThrow(string target)
    {
        var random = new Random(HashCode(target));
        var clock = Stopwatch.StartNew();
        var seeds = FuzzSeeds.For(target);
        for (var seed = 0; seed < seeds.Count; seed++)
        {
            for (var mutant = 0; mutant < MutantsPerSeed; mutant++)
            {
                var input = Mutate(seeds[seed], random);
                var error = Record.Exception(() => FuzzTargets.Run(target, input));
                Assert.True(error is null, $"{target} seed {seed} mutant {mutant}: {error}");
            }
        }
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{target} took {clock.Elapsed.TotalSeconds:N1} s");
    }

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = seed.ToList();
        for (var step = random.Next(1, 5); step > 0; step--)
        {
            var at = random.Next(bytes.Count + 1);
            switch (random.Next(6))
            {
                case 0 when bytes.Count > 0:
                    bytes[Math.Min(at, bytes.Count - 1)] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 2:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 64), bytes.Count - at));
                    break;
                case 3 when at < bytes.Count:
                    var length = Math.Min(random.Next(1, 256), bytes.Count - at);
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 4:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
            }
        }
        return [.. bytes];
    }

    /// <summary>A stable seed per target (string.GetHashCode differs between runs).</summary>
    private static int HashCode(string text) => text.Aggregate(17, (hash, c) => unchecked(hash * 31 + c));
}
