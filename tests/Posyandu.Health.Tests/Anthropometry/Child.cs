using Posyandu.Health.Anthropometry;
using Posyandu.SharedKernel.Domain;

namespace Posyandu.Health.Tests.Anthropometry;

/// <summary>Short calls into the engine for readable tests.</summary>
internal static class Child
{
    public static ChildMeasurement Measured(
        Sex? sex, int? days, double? weight = null, double? length = null, MeasurementPosition? position = null, bool oedema = false, double? head = null) =>
        new(sex, days, weight, length, position, oedema, head);

    public static AnthropometryResult Calc(
        Sex? sex, int? days, double? weight = null, double? length = null, MeasurementPosition? position = null, bool oedema = false, double? head = null) =>
        GrowthStandards.Calculate(Measured(sex, days, weight, length, position, oedema, head));
}
