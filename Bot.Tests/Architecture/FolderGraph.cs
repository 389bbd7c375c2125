using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace TeamsBot.Tests.Architecture;

/// <summary>
/// Which top-level folder of Bot/ depends on which: an edge A → B when code in A names a type of B.
/// Read from two sources, so that neither blind spot hides an edge: the compiled Bot.dll (every type named in a
/// signature, a base type, an attribute or an instruction of a method body, the compiler's closures and state machines
/// counted with the type that wrote them) and the sources' <c>using TeamsBot.X</c> directives (which also catch a
/// constant or an enum value the compiler inlined). A type's folder is its namespace: <c>TeamsBot.X.*</c> is X,
/// <c>TeamsBot</c> itself is the root (Bot/*.cs), and the entry point (top-level statements) is <see cref="EntryPoint"/>.
/// </summary>
internal sealed partial class FolderGraph
{
    public const string Root = "(root)";
    public const string EntryPoint = "(Program.cs)";

    private readonly SortedDictionary<string, SortedSet<string>> _edges = new(StringComparer.Ordinal);
    private readonly Dictionary<(string From, string To), SortedSet<string>> _reasons = [];

    private FolderGraph()
    {
    }

    public IReadOnlyDictionary<string, SortedSet<string>> Edges => _edges;

    /// <summary>What makes <paramref name="from"/> depend on <paramref name="to"/>: "Type → Type" or "file: using X".</summary>
    public IEnumerable<string> Reasons(string from, string to) =>
        _reasons.TryGetValue((from, to), out var reasons) ? reasons : [];

    /// <summary>One A → B line per folder, for a failure message or the test log.</summary>
    public override string ToString() =>
        string.Join('\n', _edges.Select(e => $"{e.Key} → {(e.Value.Count == 0 ? "nothing" : string.Join(", ", e.Value))}"));

    public static FolderGraph Of(Assembly bot, string sourceDirectory)
    {
        var graph = new FolderGraph();
        graph.AddCompiled(bot.Location);
        graph.AddUsings(sourceDirectory);
        return graph;
    }

    /// <summary>The folder a namespace belongs to, or null for code that is not the bot's own (generated helpers).</summary>
    public static string? FolderOf(string @namespace, string typeName) => @namespace switch
    {
        "TeamsBot" => Root,
        "" when typeName == "Program" => EntryPoint,
        _ when @namespace.StartsWith("TeamsBot.", StringComparison.Ordinal) => @namespace["TeamsBot.".Length..].Split('.')[0],
        _ => null,
    };

    /// <summary>
    /// The shortest cycle through each folder that is on one, each as the folders along it (A, B, ..., A) and each
    /// once; empty when every dependency runs downhill.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var cycles = new List<IReadOnlyList<string>>();
        foreach (var start in _edges.Keys)
        {
            var previous = new Dictionary<string, string>(StringComparer.Ordinal) { [start] = start };
            var queue = new Queue<string>([start]);
            List<string>? cycle = null;
            while (cycle is null && queue.TryDequeue(out var folder))
            {
                foreach (var next in Targets(folder))
                {
                    if (next == start)
                    {
                        cycle = [folder];
                        while (cycle[0] != start)
                        {
                            cycle.Insert(0, previous[cycle[0]]);
                        }

                        break;
                    }

                    if (previous.TryAdd(next, folder))
                    {
                        queue.Enqueue(next);
                    }
                }
            }

            if (cycle is not null)
            {
                // The same cycle seen from another of its folders: start it at its first folder in order.
                var first = cycle.IndexOf(cycle.Min(StringComparer.Ordinal)!);
                List<string> rotated = [.. cycle.Skip(first), .. cycle.Take(first), cycle[first]];
                if (!cycles.Any(c => c.SequenceEqual(rotated)))
                {
                    cycles.Add(rotated);
                }
            }
        }

        return [.. cycles.OrderBy(c => c.Count).ThenBy(c => string.Join(' ', c), StringComparer.Ordinal)];
    }

    private SortedSet<string> Targets(string folder) => _edges.TryGetValue(folder, out var targets) ? targets : [];

    private void Add(string? from, string? to, string reason)
    {
        if (from is null || to is null)
        {
            return;
        }

        if (!_edges.TryGetValue(from, out var targets))
        {
            _edges[from] = targets = new SortedSet<string>(StringComparer.Ordinal);
        }

        if (from != to)
        {
            targets.Add(to);
            if (!_reasons.TryGetValue((from, to), out var reasons))
            {
                _reasons[(from, to)] = reasons = new SortedSet<string>(StringComparer.Ordinal);
            }

            reasons.Add(reason);
        }
    }

    private void AddUsings(string sourceDirectory)
    {
        foreach (var file in Directory.EnumerateFiles(sourceDirectory, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sourceDirectory, file).Split(Path.DirectorySeparatorChar);
            if (relative[0] is "obj" or "bin")
            {
                continue;
            }

            var from = relative.Length == 1 ? (relative[0] == "Program.cs" ? EntryPoint : Root) : relative[0];
            foreach (Match match in UsingDirective().Matches(File.ReadAllText(file)))
            {
                Add(from, FolderOf(match.Groups["namespace"].Value, ""), $"{Path.GetRelativePath(sourceDirectory, file)}: using {match.Groups["namespace"].Value}");
            }
        }
    }

    private void AddCompiled(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var folders = reader.TypeDefinitions.ToDictionary(t => t, t => FolderOfDefinition(reader, t));
        foreach (var (type, folder) in folders)
        {
            var collector = new TypeCollector(reader);
            collector.Visit(reader, type, pe);
            foreach (var used in collector.Used)
            {
                Add(folder, folders[used], $"{NameOf(reader, type)} → {NameOf(reader, used)}");
            }
        }
    }

    private static string NameOf(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        while (type.GetDeclaringType() is { IsNil: false } outer)
        {
            type = reader.GetTypeDefinition(outer);
        }

        return $"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}".TrimStart('.');
    }

    private static string? FolderOfDefinition(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        while (type.GetDeclaringType() is { IsNil: false } outer)
        {
            type = reader.GetTypeDefinition(outer);
        }

        return FolderOf(reader.GetString(type.Namespace), reader.GetString(type.Name));
    }

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?(?<namespace>TeamsBot(?:\.\w+)*)", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    /// <summary>The bot's own types that one type definition names anywhere: signatures, attributes, method bodies.</summary>
    private sealed class TypeCollector(MetadataReader reader) : ISignatureTypeProvider<bool, object?>
    {
        private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (OpCode)f.GetValue(null)!)
            .ToDictionary(o => o.Value);

        public HashSet<TypeDefinitionHandle> Used { get; } = [];

        public void Visit(MetadataReader metadata, TypeDefinitionHandle handle, PEReader pe)
        {
            var type = metadata.GetTypeDefinition(handle);
            Entity(type.BaseType);
            foreach (var implementation in type.GetInterfaceImplementations())
            {
                Entity(metadata.GetInterfaceImplementation(implementation).Interface);
            }

            Attributes(type.GetCustomAttributes());
            foreach (var parameter in type.GetGenericParameters())
            {
                Constraints(parameter);
            }

            foreach (var fieldHandle in type.GetFields())
            {
                var field = metadata.GetFieldDefinition(fieldHandle);
                field.DecodeSignature(this, null);
                Attributes(field.GetCustomAttributes());
            }

            foreach (var propertyHandle in type.GetProperties())
            {
                var property = metadata.GetPropertyDefinition(propertyHandle);
                property.DecodeSignature(this, null);
                Attributes(property.GetCustomAttributes());
            }

            foreach (var methodHandle in type.GetMethods())
            {
                var method = metadata.GetMethodDefinition(methodHandle);
                method.DecodeSignature(this, null);
                Attributes(method.GetCustomAttributes());
                foreach (var parameter in method.GetGenericParameters())
                {
                    Constraints(parameter);
                }

                foreach (var parameter in method.GetParameters())
                {
                    Attributes(metadata.GetParameter(parameter).GetCustomAttributes());
                }

                if (method.RelativeVirtualAddress != 0)
                {
                    Body(pe.GetMethodBody(method.RelativeVirtualAddress));
                }
            }
        }

        private void Constraints(GenericParameterHandle handle)
        {
            foreach (var constraint in reader.GetGenericParameter(handle).GetConstraints())
            {
                Entity(reader.GetGenericParameterConstraint(constraint).Type);
            }
        }

        private void Attributes(CustomAttributeHandleCollection attributes)
        {
            foreach (var attribute in attributes)
            {
                Entity(reader.GetCustomAttribute(attribute).Constructor);
            }
        }

        private void Body(MethodBodyBlock body)
        {
            if (!body.LocalSignature.IsNil)
            {
                reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(this, null);
            }

            var il = body.GetILReader();
            while (il.RemainingBytes > 0)
            {
                short value = il.ReadByte();
                if (value == 0xFE)
                {
                    value = unchecked((short)(0xFE00 | il.ReadByte()));
                }

                var opCode = OpCodesByValue[value];
                switch (opCode.OperandType)
                {
                    case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                        Entity(MetadataTokens.EntityHandle(il.ReadInt32()));
                        break;
                    case OperandType.InlineSwitch:
                        var targets = il.ReadInt32();
                        il.Offset += 4 * targets;
                        break;
                    case OperandType.InlineI8 or OperandType.InlineR:
                        il.Offset += 8;
                        break;
                    case OperandType.InlineBrTarget or OperandType.InlineI or OperandType.InlineSig or OperandType.InlineString or OperandType.ShortInlineR:
                        il.Offset += 4;
                        break;
                    case OperandType.InlineVar:
                        il.Offset += 2;
                        break;
                    case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                        il.Offset += 1;
                        break;
                }
            }
        }

        private void Entity(EntityHandle handle)
        {
            if (handle.IsNil)
            {
                return;
            }

            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    Used.Add((TypeDefinitionHandle)handle);
                    break;
                case HandleKind.TypeSpecification:
                    reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null);
                    break;
                case HandleKind.FieldDefinition:
                    Used.Add(reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                    break;
                case HandleKind.MethodDefinition:
                    Used.Add(reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType());
                    break;
                case HandleKind.MethodSpecification:
                    var specification = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                    Entity(specification.Method);
                    specification.DecodeSignature(this, null);
                    break;
                case HandleKind.MemberReference:
                    var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                    Entity(member.Parent);
                    if (member.GetKind() == MemberReferenceKind.Method)
                    {
                        member.DecodeMethodSignature(this, null);
                    }
                    else
                    {
                        member.DecodeFieldSignature(this, null);
                    }

                    break;
            }
        }

        public bool GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind) => Used.Add(handle);

        public bool GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind) => false;

        public bool GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
        {
            metadata.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
            return false;
        }

        public bool GetPrimitiveType(PrimitiveTypeCode typeCode) => false;

        public bool GetSZArrayType(bool elementType) => false;

        public bool GetArrayType(bool elementType, ArrayShape shape) => false;

        public bool GetByReferenceType(bool elementType) => false;

        public bool GetPointerType(bool elementType) => false;

        public bool GetPinnedType(bool elementType) => false;

        public bool GetGenericInstantiation(bool genericType, ImmutableArray<bool> typeArguments) => false;

        public bool GetGenericMethodParameter(object? genericContext, int index) => false;

        public bool GetGenericTypeParameter(object? genericContext, int index) => false;

        public bool GetFunctionPointerType(MethodSignature<bool> signature) => false;

        public bool GetModifiedType(bool modifier, bool unmodifiedType, bool isRequired) => false;
    }
}
