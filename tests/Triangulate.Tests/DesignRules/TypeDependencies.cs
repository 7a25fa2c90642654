using System.Reflection;
using System.Reflection.Emit;

namespace Triangulate.Tests.DesignRules;

/// <summary>
/// What each type of an assembly uses: the types in its signatures (base type, interfaces, fields, properties,
/// method parameters and results, generic arguments) and the types and members its method bodies name in their IL.
/// Compiler-made nested types (lambdas, iterators, async state machines) count for the type that declares them.
/// </summary>
internal static class TypeDependencies
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Each top-level type of the assembly with the types and members it uses, its nested types' uses included.</summary>
    public static IReadOnlyDictionary<Type, Uses> Of(Assembly assembly)
    {
        var uses = new Dictionary<Type, Uses>();
        foreach (var type in assembly.GetTypes())
        {
            var outer = type;
            while (outer.DeclaringType is { } declaring)
                outer = declaring;
            if (!uses.TryGetValue(outer, out var found))
                uses[outer] = found = new Uses([], []);
            Collect(type, found);
        }
        return uses;
    }

    public sealed record Uses(HashSet<Type> Types, HashSet<MemberInfo> Members);

    private static void Collect(Type type, Uses uses)
    {
        AddType(type.BaseType, uses);
        foreach (var contract in type.GetInterfaces())
            AddType(contract, uses);
        foreach (var field in type.GetFields(Declared))
            AddType(field.FieldType, uses);
        foreach (var property in type.GetProperties(Declared))
            AddType(property.PropertyType, uses);
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
                AddType(info.ReturnType, uses);
            foreach (var parameter in method.GetParameters())
                AddType(parameter.ParameterType, uses);
            ReadBody(method, uses);
        }
    }

    private static void AddType(Type? type, Uses uses)
    {
        if (type is null)
            return;
        if (type.HasElementType)
        {
            AddType(type.GetElementType(), uses);
            return;
        }
        if (type.IsGenericParameter || !uses.Types.Add(type))
            return;
        if (type.IsGenericType)
            foreach (var argument in type.GetGenericArguments())
                AddType(argument, uses);
    }

    /// <summary>Walks the method's IL and resolves every token operand to the type, method or field it names.</summary>
    private static void ReadBody(MethodBase method, Uses uses)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
            return;
        var module = method.Module;
        Type[]? typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        Type[]? methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var value = (short)il[at++];
            if (value == 0xFE)
                value = (short)(0xFE00 | il[at++]);
            var opCode = OpCodesByValue[value];
            switch (opCode.OperandType)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + 4 * BitConverter.ToInt32(il, at);
                    break;
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, at);
                    at += 4;
                    switch (module.ResolveMember(token, typeArguments, methodArguments))
                    {
                        case Type named:
                            AddType(named, uses);
                            break;
                        case { } member:
                            uses.Members.Add(member);
                            AddType(member.DeclaringType, uses);
                            if (member is FieldInfo field)
                                AddType(field.FieldType, uses);
                            if (member is MethodInfo called)
                            {
                                AddType(called.ReturnType, uses);
                                foreach (var argument in called.IsGenericMethod ? called.GetGenericArguments() : [])
                                    AddType(argument, uses);
                            }
                            break;
                    }
                    break;
                default:
                    at += 4;
                    break;
            }
        }
    }
}
