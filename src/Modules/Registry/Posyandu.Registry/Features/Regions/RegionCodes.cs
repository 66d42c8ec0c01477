using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Errors;

namespace Posyandu.Registry.Features.Regions;

internal static class RegionCodes
{
    /// <summary>Parses a code from a route or body, or fails with a 400 naming <paramref name="field"/>.</summary>
    public static RegionCode ParseOrThrow(string? value, string field) =>
        RegionCode.TryParse(value, out var code, out var error)
            ? code
            : throw RequestValidationException.For(field, error ?? "Not a Kemendagri region code.");
}
