using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Triangulate.Tests.DesignRules;

/// <summary>
/// Records flow one way through the stages, so a public record cannot be changed once made: its properties are get
/// or init only, and a collection it holds is exposed as a read-only interface (an array or a List could be changed
/// in place by whoever holds the record).
/// </summary>
public class ImmutabilityTest
{
    private static readonly Type[] PublicRecords = typeof(Article).Assembly.GetExportedTypes()
        .Where(t => t.GetMethod("<Clone>$") is not null || (t.IsValueType && t.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null))
        .ToArray();

    [Fact]
    public void The_library_has_public_records_to_check() => Assert.Contains(typeof(Article), PublicRecords);

    [Fact]
    public void Public_records_have_no_setters()
    {
        var settable = PublicRecords
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");
        var fields = PublicRecords
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance))
            .Where(f => !f.IsInitOnly)
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}");

        Assert.Empty(settable.Concat(fields));
    }

    /// <summary>
    /// Let through: reuse's sentence hashes are arrays because the candidate search and the overlap count run over
    /// them millions of times a run, and an interface call per element costs a measurable share of reuse's time.
    /// They are written once, in <c>SentenceKeys.Of</c>, and never after.
    /// </summary>
    private static readonly string[] HotPathArrays = ["SentenceKeys.ContentStems", "SentenceKeys.StemSet"];

    [Fact]
    public void Public_records_expose_collections_read_only()
    {
        var mutable = PublicRecords
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => IsMutableCollection(p.PropertyType) && !HotPathArrays.Contains($"{p.DeclaringType!.Name}.{p.Name}"))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}: {p.PropertyType.Name}");

        Assert.Empty(mutable);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    /// <summary>Arrays and concrete or writable collections; strings, read-only interfaces and immutable collections pass.</summary>
    private static bool IsMutableCollection(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
            return false;
        if (type.IsArray)
            return true;
        if (type.Namespace is "System.Collections.Immutable" or "System.Collections.Frozen")
            return false;
        var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        return !(definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>)
            || definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IReadOnlySet<>));
    }
}
