using System.Reflection;

namespace Triangulate.Tests.DesignRules;

/// <summary>The console and the clock stay at the edges: the library writes to neither and reads the time only from a passed-in <see cref="TimeProvider"/>.</summary>
public class EdgesTest
{
    private static readonly IReadOnlyDictionary<Type, TypeDependencies.Uses> Library = TypeDependencies.Of(typeof(Article).Assembly);

    [Fact]
    public void Nothing_in_the_library_uses_the_console()
    {
        var console = Library
            .Where(entry => entry.Value.Types.Contains(typeof(Console)))
            .Select(entry => entry.Key.FullName);

        Assert.Empty(console);
    }

    [Fact]
    public void Nothing_in_the_library_reads_the_clock()
    {
        var clockReads = new HashSet<MemberInfo>(
            new[] { typeof(DateTime), typeof(DateTimeOffset) }
                .SelectMany(t => new[] { "Now", "UtcNow", "Today" }.Select(name => t.GetProperty(name)?.GetMethod))
                .OfType<MethodInfo>()
                .Concat([typeof(TimeProvider).GetProperty(nameof(TimeProvider.System))!.GetMethod!, typeof(Environment).GetProperty(nameof(Environment.TickCount64))!.GetMethod!]));

        var readers = Library
            .SelectMany(entry => entry.Value.Members.Where(clockReads.Contains).Select(member => $"{entry.Key.FullName} reads {member.DeclaringType!.Name}.{member.Name}"));

        Assert.Empty(readers);
    }

    [Fact]
    public void The_rule_sees_a_clock_read_inside_a_lambda()
    {
        var uses = TypeDependencies.Of(typeof(EdgesTest).Assembly)[typeof(EdgesTest)];

        Assert.Contains(typeof(DateTimeOffset).GetProperty(nameof(DateTimeOffset.UtcNow))!.GetMethod!, uses.Members);
    }

    private static class ClockInALambda
    {
        public static Func<int> Year => () => DateTimeOffset.UtcNow.Year;
    }
}
