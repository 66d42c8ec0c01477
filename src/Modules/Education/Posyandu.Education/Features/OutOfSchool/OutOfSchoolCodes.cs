using System.Text.Json;

namespace Posyandu.Education.Features.OutOfSchool;

/// <summary>Reasons and outcomes as the API and the events spell them (camelCase enum names).</summary>
internal static class OutOfSchoolCodes
{
    public static string Of(OutOfSchoolReason reason) => JsonNamingPolicy.CamelCase.ConvertName(reason.ToString());

    public static string Of(OutOfSchoolOutcome outcome) => JsonNamingPolicy.CamelCase.ConvertName(outcome.ToString());
}
