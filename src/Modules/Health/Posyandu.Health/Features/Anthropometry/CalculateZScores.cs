using System.Text.Json.Serialization;
namespace Posyandu.Health.Features.Anthropometry;

/// <summary>
/// The stateless WHO calculator for OPD staff and for checking, 0–19 years: up to 10,000 measurements per call,
/// results in the same order. Under 60 months the WHO Child Growth Standards, from 60 months the WHO Growth
/// Reference 2007 (<see cref="GrowthAssessment"/>). The age is <c>ageDays</c> (whole days, as the Buku KIA counts) or
/// <c>ageMonths</c> (decimal, as WHO anthroplus takes it), exactly one of them. Implausible values are computed and
/// flagged, not refused; what cannot be a measurement (missing sex, no or two ages, a negative age, not a number) is
/// a 400 naming the item and field.
/// </summary>
public sealed record CalculateZScores(IReadOnlyList<CalculateZScores.Item>? Items) : IQuery<IReadOnlyList<CalculateZScores.Output>>
{
    public const int MaxItems = 10_000;

    public sealed record Item(
        Sex? Sex, int? AgeDays, double? WeightKg, double? LengthHeightCm, MeasurementPosition? Measurement, bool Oedema, double? HeadCircumferenceCm,
        double? AgeMonths = null);

    /// <summary>One result; an indicator is null where WHO computes none.</summary>
    public sealed record Output(
        double? AdjustedLengthHeightCm, double? Bmi,
        IndicatorResult? WeightForAge, IndicatorResult? LengthHeightForAge, IndicatorResult? WeightForLengthHeight,
        IndicatorResult? BmiForAge, IndicatorResult? HeadCircumferenceForAge);

    internal sealed class Validator : AbstractValidator<CalculateZScores>
    {
        public Validator()
        {
            RuleFor(c => c.Items).NotNull().WithMessage("The body is a JSON array of measurements.")
                .Must(items => items!.Count <= MaxItems).WithMessage($"At most {MaxItems} measurements per call.")
                .When(c => c.Items is not null, ApplyConditionTo.CurrentValidator);
            RuleForEach(c => c.Items).NotNull().WithMessage("A measurement cannot be null.")
                .When(c => c.Items is { Count: <= MaxItems });
            RuleForEach(c => c.Items).ChildRules(item =>
            {
                item.RuleFor(i => i.WeightKg).GreaterThan(0).LessThanOrEqualTo(ChildMeasurementBounds.MaxWeightKg).When(i => i.WeightKg is not null);
                item.RuleFor(i => i.LengthHeightCm).GreaterThanOrEqualTo(ChildMeasurementBounds.MinLengthCm).LessThanOrEqualTo(ChildMeasurementBounds.MaxLengthCm)
                    .When(i => i.LengthHeightCm is not null);
                item.RuleFor(i => i.HeadCircumferenceCm).GreaterThan(0).LessThanOrEqualTo(ChildMeasurementBounds.MaxCircumferenceCm)
                    .When(i => i.HeadCircumferenceCm is not null);
                item.RuleFor(i => i.AgeDays).LessThanOrEqualTo(ChildMeasurementBounds.MaxAgeDays).When(i => i.AgeDays is not null);
                item.RuleFor(i => i.Sex).NotNull().WithMessage("sex is required: male or female.");
                item.RuleFor(i => i.AgeDays).NotNull().WithMessage("ageDays or ageMonths is required.")
                    .When(i => i.AgeMonths is null);
                item.RuleFor(i => i.AgeDays).Null().WithMessage("Give ageDays or ageMonths, not both.")
                    .When(i => i.AgeMonths is not null);
                item.RuleFor(i => i.AgeDays).GreaterThanOrEqualTo(0).WithMessage("ageDays cannot be negative.");
                item.RuleFor(i => i.AgeMonths).GreaterThanOrEqualTo(0).WithMessage("ageMonths cannot be negative.")
                    .Must(m => double.IsFinite(m!.Value)).WithMessage("ageMonths must be a number.").When(i => i.AgeMonths is not null);
            }).When(c => c.Items is { Count: <= MaxItems });
        }
    }

    internal sealed class Handler : IRequestHandler<CalculateZScores, IReadOnlyList<Output>>
    {
        public Task<IReadOnlyList<Output>> Handle(CalculateZScores request, CancellationToken cancellationToken)
        {
            var items = request.Items!;
            var outputs = new Output[items.Count];
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                var measurement = new ChildMeasurement(
                    item.Sex, item.AgeDays, item.WeightKg, item.LengthHeightCm, item.Measurement, item.Oedema, item.HeadCircumferenceCm);
                var r = item.AgeMonths is { } months ? GrowthAssessment.Calculate(measurement, months) : GrowthAssessment.Calculate(measurement);
                outputs[i] = new Output(
                    Round(r.AdjustedLengthHeightCm), Round(r.Bmi), r.WeightForAge, r.LengthHeightForAge, r.WeightForLengthHeight, r.BmiForAge, r.HeadCircumferenceForAge);
            }

            return Task.FromResult<IReadOnlyList<Output>>(outputs);
        }

        private static double? Round(double? value) => value is { } v ? Math.Round(v, 2) : null;
    }
}

internal static class CalculateZScoresEndpoint
{
    public static void MapCalculateZScores(this IEndpointRouteBuilder group) =>
        group.MapPost("/anthropometry/z-scores", async (IReadOnlyList<CalculateZScores.Item> items, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CalculateZScores(items), ct)))
            .WithName("CalculateZScores")
            .WithSummary("WHO z-scores (0–19 years: 2006 standards under 60 months, 2007 reference from 60) and Permenkes 2/2020 categories for up to 10,000 measurements (same order back).")
            .ProducesValidationProblem()
            .RequireRoles([Roles.Health, Roles.Dpmd, Roles.Kader]);
}
