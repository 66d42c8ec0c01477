using Posyandu.Social.Features.Spm;

namespace Posyandu.Social.Features.Persons;

/// <summary>
/// Records a disability assessment of a living resident: the UU 8/2016 category (fisik, intelektual, mental,
/// sensorik, ganda), severity and the assistive devices needed. The latest assessment is in force. Publishes
/// <see cref="DisabilityRecorded"/> and the SPM contributions.
/// </summary>
public sealed record RecordDisability(Guid ResidentId, RecordDisability.Body Assessment) : ICommand<DisabilityDto>
{
    public sealed record Body(DisabilityCategory? Category, DisabilitySeverity? Severity, IReadOnlyList<AssistiveDevice>? DevicesNeeded, DateOnly AssessedOn, string? Note);

    internal sealed class Validator : AbstractValidator<RecordDisability>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(v => v.Assessment.Category).NotNull().WithMessage(ApiNames.OneOf<DisabilityCategory>("category")).OverridePropertyName("category");
            RuleFor(v => v.Assessment.Severity).NotNull().WithMessage(ApiNames.OneOf<DisabilitySeverity>("severity")).OverridePropertyName("severity");
            RuleFor(v => v.Assessment.DevicesNeeded).Must(d => d is null || d.Count <= 10).WithMessage("devicesNeeded lists at most 10 devices.")
                .OverridePropertyName("devicesNeeded");
            RuleFor(v => v.Assessment.AssessedOn).RecordDay("assessedOn", time).OverridePropertyName("assessedOn");
            RuleFor(v => v.Assessment.Note).MaximumLength(1000).OverridePropertyName("note");
        }
    }

    internal sealed class Handler(SocialDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<RecordDisability, DisabilityDto>
    {
        public async Task<DisabilityDto> Handle(RecordDisability request, CancellationToken cancellationToken)
        {
            var resident = await db.LivingResidentAsync(request.ResidentId, cancellationToken);
            var body = request.Assessment;
            var record = new DisabilityRecord
            {
                Id = Guid.CreateVersion7(), ResidentId = resident.ResidentId, HouseholdId = resident.HouseholdId, PosyanduId = resident.PosyanduId,
                RegionCode = resident.RegionCode, Category = body.Category!.Value, Severity = body.Severity!.Value,
                DevicesNeeded = [.. (body.DevicesNeeded ?? []).Distinct().Select(d => d.ToApi())], AssessedOn = body.AssessedOn, Note = body.Note.Clean(),
                RecordedBy = user.Id, RecordedAt = time.GetUtcNow().UtcDateTime,
            };
            db.Disabilities.Add(record);
            db.Publish(new DisabilityRecorded(
                record.Id, record.ResidentId, record.HouseholdId, record.PosyanduId, record.RegionCode, record.Category.ToApi(), record.Severity.ToApi(),
                record.DevicesNeeded, record.AssessedOn, Period.Of(record.AssessedOn).ToString()));
            await db.ReportPersonAsync(record.ResidentId, record.PosyanduId, record.RegionCode, cancellationToken);
            await db.ReportHouseholdAsync(record.HouseholdId, cancellationToken);
            return DisabilityDto.From(record);
        }
    }
}

internal static class RecordDisabilityEndpoint
{
    public static void MapRecordDisability(this IEndpointRouteBuilder group) =>
        group.MapPost("/residents/{residentId:guid}/disability", async (Guid residentId, RecordDisability.Body body, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new RecordDisability(residentId, body), ct);
                return TypedResults.Created($"/api/social/residents/{residentId}", created);
            })
            .WithName("RecordDisability")
            .WithSummary("Record a resident's disability assessment: category (fisik, intelektual, mental, sensorik, ganda), severity, assistive devices needed.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorWriters(Roles.Social);
}
