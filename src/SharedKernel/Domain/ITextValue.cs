namespace Posyandu.SharedKernel.Domain;

/// <summary>
/// A value object that travels as one canonical string (region code, NIK, KK number, month). The shared
/// <see cref="TextValueJsonConverter{T}"/> and <c>Errors.Fields.Parse</c> rely on it, so every such type reports a
/// bad value with its own user-facing message instead of a generic "invalid format".
/// </summary>
public interface ITextValue<TSelf>
    where TSelf : struct, ITextValue<TSelf>
{
    /// <summary>Parses the canonical form; on failure <paramref name="error"/> says, in English, which rule is broken.</summary>
    static abstract bool TryParse(string? text, out TSelf value, out string? error);
}
