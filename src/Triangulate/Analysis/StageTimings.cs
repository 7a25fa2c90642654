using System.Diagnostics;

namespace Triangulate.Analysis;

/// <summary>Wall-clock time spent in each stage, summed over passes; stages that overlap each count their own time.</summary>
public sealed class StageTimings
{
    private readonly Dictionary<string, TimeSpan> _spent = [];
    private readonly List<string> _order = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<(string Stage, TimeSpan Time)> Stages
    {
        get
        {
            lock (_gate)
                return _order.Select(stage => (stage, _spent[stage])).ToList();
        }
    }

    public void Add(string stage, TimeSpan time)
    {
        lock (_gate)
        {
            if (!_spent.ContainsKey(stage))
            {
                _order.Add(stage);
                _spent[stage] = TimeSpan.Zero;
            }
            _spent[stage] += time;
        }
    }

    /// <summary>Runs <paramref name="work"/> and adds its time to <paramref name="stage"/>.</summary>
    public T Time<T>(string stage, Func<T> work)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            Add(stage, Stopwatch.GetElapsedTime(started));
        }
    }

    /// <summary>Awaits <paramref name="work"/> and adds the time until it completed to <paramref name="stage"/>.</summary>
    public async Task<T> TimeAsync<T>(string stage, Func<Task<T>> work)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await work();
        }
        finally
        {
            Add(stage, Stopwatch.GetElapsedTime(started));
        }
    }

    public Task TimeAsync(string stage, Func<Task> work) => TimeAsync(stage, async () =>
    {
        await work();
        return 0;
    });

    public void Time(string stage, Action work) => Time(stage, () =>
    {
        work();
        return 0;
    });
}
