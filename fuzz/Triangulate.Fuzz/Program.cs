using SharpFuzz;
using Triangulate.Fuzz;

// Triangulate.Fuzz TARGET            run under afl-fuzz (instrument Triangulate.dll with `sharpfuzz` first; see fuzz/README.md)
// Triangulate.Fuzz TARGET FILE...    run the target once on each file (replay a crash, or check a corpus)
// Triangulate.Fuzz seeds DIR         write a seed corpus for every target to DIR/TARGET/
if (args is ["seeds", var directory])
{
    foreach (var name in FuzzTargets.Names)
    {
        var folder = Directory.CreateDirectory(Path.Combine(directory, name)).FullName;
        var seeds = FuzzSeeds.For(name);
        for (var i = 0; i < seeds.Count; i++)
            File.WriteAllBytes(Path.Combine(folder, $"seed-{i}"), seeds[i]);
    }
    return 0;
}
if (args.Length == 0 || !FuzzTargets.Names.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: Triangulate.Fuzz TARGET [FILE...] | seeds DIR; the targets are {string.Join(", ", FuzzTargets.Names)}");
    return 2;
}
var target = args[0];
if (args.Length > 1)
{
    foreach (var file in args.Skip(1))
        FuzzTargets.Run(target, File.ReadAllBytes(file));
    return 0;
}
Fuzzer.OutOfProcess.Run(stream =>
{
    using var memory = new MemoryStream();
    stream.CopyTo(memory);
    FuzzTargets.Run(target, memory.ToArray());
});
return 0;
