using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Triangulate.Text;

namespace Triangulate.Benchmarks;

/// <summary>
/// What a headline embedding costs (all-MiniLM-L6-v2 on one thread, the way story clustering asks for it: one headline
/// per call): headlines per second = 32 / mean time. The model loads once per process, outside the measurement.
/// Run: dotnet run -c Release --project bench/Triangulate.Benchmarks -- --filter *SentenceEmbedding* --inProcess (on a loaded 2-core
/// machine: 279 ms per 32 headlines, 115 a second; 12.8 MB allocated)
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class SentenceEmbeddingBenchmark
{
    private static readonly string[] Headlines =
    [
        "Velmora ferry crews walk out over pay", "Ferry strike strands thousands of Velmora commuters",
        "Velmora ferries halted as crews strike", "Commuters queue for buses as Velmora ferry strike bites",
        "Ferry union says Velmora strike will last three days", "What the Velmora ferry strike means for your commute",
        "Fire breaks out at Brenik chemical plant", "Residents near Brenik plant told to stay indoors after blaze",
        "Brenik chemical fire under control, firefighters say", "Tarsen mayor Elin Vosk resigns after audit finds missing funds",
        "Elin Vosk quits as head of Tarsen city hall", "Vosk steps down amid Tarsen budget scandal",
        "Who will lead Tarsen now that Vosk is gone?", "Harbour bridge collapses in Velmora, four missing",
        "Four missing after Velmora harbour bridge collapse", "Velmora bridge collapse: divers search Serin river",
        "Donn and Vahl meet in Tarsen to discuss grain corridor", "Vahl hosts Donn for talks on grain corridor",
        "Kestrel Mills Inc 2nd qtr net", "Orvane Foods Corp 2nd qtr net",
        "Dalby Tools to cut 400 jobs as orders slump", "Merrow Shipping posts record quarter on freight rates",
        "Ostrel strait cleared of mines, navy says", "Grain prices fall as Ostrel corridor reopens",
        "Quake of magnitude 6.1 shakes northern Kessa", "Aftershocks rattle Kessa as rescuers dig through rubble",
        "Kessa quake death toll rises to 31", "Serin river floods low-lying Velmora streets",
        "Velmora council votes to rebuild harbour bridge by 2027", "Brenik plant owner fined over safety lapses",
        "Tarsen city hall audit: what we know", "Vahl says grain deal within reach after second round",
    ];

    [GlobalSetup]
    public void Setup() => SentenceEmbedder.Shared.Embed("warm up");

    [Benchmark]
    public double EmbedHeadlines()
    {
        var sum = 0.0;
        foreach (var headline in Headlines)
        {
            sum += SentenceEmbedder.Shared.Embed(headline)[0];
        }
        return sum;
    }
}
