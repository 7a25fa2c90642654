using System.Diagnostics;
using System.Net;
using Triangulate.Storage;

namespace Triangulate.Web;

/// <summary>
/// A bounded load test over loopback: the app on a free port of 127.0.0.1, then a fixed number of requests for the
/// story page and the story API, spread over stories (the largest ones and a seeded random sample of the rest), from
/// a few concurrent clients; latency percentiles per endpoint, after a warm-up.
/// </summary>
public static class LoadBenchmark
{
    public sealed record Result(string Endpoint, int Requests, int Concurrency, double P50, double P95, double P99, double Max, double RequestsPerSecond, int Stories, int StoredArticles);

    public static async Task<IReadOnlyList<Result>> RunAsync(string db, int requests, int concurrency, int seed = 7, CancellationToken cancellation = default)
    {
        var (ids, articles) = await SampleAsync(db, seed, cancellation);
        if (ids.Count == 0)
            throw new InvalidOperationException($"{db} holds no analysed stories to ask for");
        await using var app = WebServer.Create(new ServeSettings(db, IPAddress.Loopback, 0));
        await app.StartAsync(cancellation);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        var results = new List<Result>();
        foreach (var (name, path) in new[] { ("story page /stories/{id}", "/stories/"), ("story API /api/stories/{id}", "/api/stories/") })
        {
            await MeasureAsync(client, path, ids, Math.Min(requests, 100), concurrency, seed, cancellation);
            var (times, seconds) = await MeasureAsync(client, path, ids, requests, concurrency, seed + 1, cancellation);
            times.Sort();
            results.Add(new Result(name, requests, concurrency, Percentile(times, 0.50), Percentile(times, 0.95), Percentile(times, 0.99), times[^1],
                requests / seconds, ids.Count, articles));
        }
        await app.StopAsync(cancellation);
        return results;
    }

    private static async Task<(List<double> Times, double Seconds)> MeasureAsync(
        HttpClient client, string path, IReadOnlyList<string> ids, int requests, int concurrency, int seed, CancellationToken cancellation)
    {
        var times = new double[requests];
        var next = -1;
        var random = new Random(seed);
        var order = Enumerable.Range(0, requests).Select(_ => ids[random.Next(ids.Count)]).ToArray();
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(path + Uri.EscapeDataString(order[i]), HttpCompletionOption.ResponseContentRead, cancellation);
                if (!response.IsSuccessStatusCode)
                    throw new HttpRequestException($"{path}{order[i]} answered {(int)response.StatusCode}");
                times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }, cancellation)));
        return ([.. times], wall.Elapsed.TotalSeconds);
    }

    /// <summary>The hundred largest stories and a seeded random sample of up to a hundred more from across the list.</summary>
    private static async Task<(List<string> Ids, int Articles)> SampleAsync(string db, int seed, CancellationToken cancellation)
    {
        using var store = ArticleStores.Open(db, StoreOpenMode.ReadOnly);
        var largest = await store.StoriesAsync(new StoryQuery(Size: 100), cancellation);
        var ids = largest.Items.Select(s => s.Id).ToList();
        var random = new Random(seed);
        var pages = Math.Max(1, largest.Total / 100);
        for (var i = 0; i < 10 && largest.Total > 100; i++)
        {
            var page = await store.StoriesAsync(new StoryQuery(Page: 1 + random.Next(pages), Size: 100), cancellation);
            ids.AddRange(page.Items.OrderBy(_ => random.Next()).Take(10).Select(s => s.Id));
        }
        return (ids.Distinct().ToList(), await store.ArticleCountAsync(cancellation));
    }

    private static double Percentile(List<double> sorted, double fraction) => sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
}
