using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Triangulate.Analysis;

namespace Triangulate.Cli.Terminal;

/// <summary>
/// What a long job is doing, on standard error, only when a person is watching: the stage, how far it has come, its
/// rate and the time left when the total is known. Nothing is drawn on a pipe.
/// </summary>
internal static class StageProgressDisplay
{
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(100);

    public static async Task<T> RunAsync<T>(Func<IProgress<StageProgress>?, Task<T>> work)
    {
        if (!Consoles.ErrorIsInteractive)
            return await work(null);
        T result = default!;
        await Consoles.Error.Status().Spinner(Spinner.Known.Dots).StartAsync("starting", async context =>
        {
            var clock = Stopwatch.StartNew();
            var stage = "";
            var stageStarted = TimeSpan.Zero;
            var lastDrawn = TimeSpan.Zero;
            var gate = new Lock();
            result = await work(new SynchronousProgress<StageProgress>(update =>
            {
                lock (gate)
                {
                    if (update.Stage != stage)
                        (stage, stageStarted) = (update.Stage, clock.Elapsed);
                    else if (clock.Elapsed - lastDrawn < RedrawEvery)
                        return;
                    lastDrawn = clock.Elapsed;
                    context.Status(Markup.Escape(Describe(update, clock.Elapsed - stageStarted)));
                }
            }));
        });
        return result;
    }

    private static string Describe(StageProgress update, TimeSpan inStage)
    {
        var rate = update.Done / Math.Max(inStage.TotalSeconds, 0.001);
        var text = update.Total is { } total
            ? $"{update.Stage}: {update.Done:N0} of {total:N0}"
            : update.Done > 0 ? $"{update.Stage}: {update.Done:N0}" : $"{update.Stage}…";
        if (update.Done > 0)
            text += $", {rate:N0}/s";
        if (update.Total is { } all && update.Done > 0 && rate > 0)
            text += $", about {Seconds(TimeSpan.FromSeconds((all - update.Done) / rate))} left";
        return text;
    }

    /// <summary>The closing line: how long the job took and how that time went, stage by stage.</summary>
    public static void WriteTimings(IReadOnlyList<(string Stage, TimeSpan Time)> timings, int articles)
    {
        if (timings.Count == 0)
            return;
        Consoles.Error.MarkupLine("[grey]" + Markup.Escape($"Time by stage ({articles:N0} articles; stories run beside sentence facts and reuse, provenance beside actors): " +
            string.Join(", ", timings.Select(t => $"{t.Stage} {Seconds(t.Time)}"))) + "[/]");
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString(time.TotalSeconds < 10 ? "0.0" : "0", CultureInfo.InvariantCulture) + " s";
}
