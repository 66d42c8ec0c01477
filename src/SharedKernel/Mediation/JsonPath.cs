using System.Text;

namespace Posyandu.SharedKernel.Mediation;

internal static class JsonPath
{
    /// <summary>"Items[0].WeightKg" → "items[0].weightKg": error keys match the JSON the client sent.</summary>
    public static string CamelCase(string propertyPath)
    {
        if (string.IsNullOrEmpty(propertyPath))
        {
            return propertyPath;
        }

        var builder = new StringBuilder(propertyPath.Length);
        var startOfSegment = true;
        foreach (var c in propertyPath)
        {
            builder.Append(startOfSegment ? char.ToLowerInvariant(c) : c);
            startOfSegment = c == '.';
        }

        return builder.ToString();
    }
}
