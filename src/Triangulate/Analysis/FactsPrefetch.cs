using System.Collections.Concurrent;

namespace Triangulate.Analysis;

/// <summary>
/// Reads the sentence facts of articles on a thread of its own while ingest stores them. Storing waits on the one
/// SQLite writer and leaves a core idle, and the facts are the first thing the analysis needs. Reading an article's
/// facts gives the same facts whenever it is done, so what is read here is what the analysis would read.
/// </summary>
internal sealed class FactsPrefetch
{
    private readonly BlockingCollection<Article> _waiting = [];
    private readonly ConcurrentDictionary<string, ArticleFacts> _read = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reader;

    public FactsPrefetch() =>
        _reader = Task.Factory.StartNew(Read, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    public void Offer(Article article) => _waiting.Add(article);

    /// <summary>Stops reading (the article in hand is finished) and returns the facts read so far, by article id.</summary>
    public IReadOnlyDictionary<string, ArticleFacts> Stop()
    {
        _stop.Cancel();
        _reader.GetAwaiter().GetResult();
        _stop.Dispose();
        _waiting.Dispose();
        return _read;
    }

    private void Read()
    {
        try
        {
            foreach (var article in _waiting.GetConsumingEnumerable(_stop.Token))
            {
                if (_read.ContainsKey(article.Id))
                    continue;
                try
                {
                    _read[article.Id] = ArticleFacts.Read(article);
                }
                catch (Exception)
                {
                    // Left for the analysis to read again, where a failure is reported against its stage.
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
