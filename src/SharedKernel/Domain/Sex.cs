using System.Text.Json.Serialization;

namespace Posyandu.SharedKernel.Domain;

/// <summary>
/// Sex as WHO codes it (1 male, 2 female): the growth standards and the NIK (+40 on the day for women) depend on it.
/// There is no 0 member, so an unset value is never silently read as either sex. JSON is "male"/"female".
/// </summary>
[JsonConverter(typeof(SexJsonConverter))]
public enum Sex
{
    Male = 1,
    Female = 2,
}
