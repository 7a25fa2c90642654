using System.Diagnostics;
using Spectre.Console;
using Triangulate.Storage;

namespace Triangulate.Cli.Terminal;

/// <summary>A live count of articles read, on standard error, only when a person is watching.</summary>
internal static class ProgressDisplay
{
    public static T Run<T>(string label, Func<IProgress<IngestProgress>?, T> work)
    {
        if (!Consoles.ErrorIsInteractive)
            return work(null);

        T result = default!;
        Consoles.Progress.Status()
            .Spinner(Spinner.Known.Dots)
            .Start(label, context =>
            {
                var clock = Stopwatch.StartNew();
                var lastDrawn = TimeSpan.Zero;
                var progress = new SynchronousProgress(update =>
                {
                    if (clock.Elapsed - lastDrawn < TimeSpan.FromMilliseconds(100))
                        return;
                    lastDrawn = clock.Elapsed;
                    var rate = update.Articles / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                    context.Status(TerminalText.Escape(
                        $"{label}: {update.Articles:N0} articles, {update.Problems:N0} problems, {rate:N0}/s — {update.CurrentSource}"));
                });
                result = work(progress);
            });
        return result;
    }

    /// <summary>Reports on the calling thread; <see cref="Progress{T}"/> would post to a thread pool and lag behind.</summary>
    private sealed class SynchronousProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
