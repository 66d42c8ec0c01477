using Posyandu.Social.Features.Spm;

namespace Posyandu.Social.Features.Welfare;

/// <summary>
/// Records that a household receives an assistance programme (a code of the catalogue: pkh, bpnt, pbi-jk,
/// blt-dana-desa, bansos-daerah) from a day, optionally until a day. One running assistance per programme.
/// Publishes <see cref="AssistanceStarted"/> and the household's SPM contribution.
/// </summary>
public sealed record StartAssistance(Guid HouseholdId, StartAssistance.Body Assistance) : ICommand<AssistanceDto>
{
    public sealed record Body(string? Programme, DateOnly StartedOn, string? Note);

    internal sealed class Validator : AbstractValidator<StartAssistance>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(v => v.Assistance.Programme).Must(SocialCatalogue.Current.IsProgramme).WithMessage(SocialCatalogue.Current.OneOfProgrammes("programme"))
                .OverridePropertyName("programme");
            RuleFor(v => v.Assistance.StartedOn).RecordDay("startedOn", time).OverridePropertyName("startedOn");
            RuleFor(v => v.Assistance.Note).MaximumLength(Domain.Assistance.MaxNote).OverridePropertyName("note");
        }
    }

    internal sealed class Handler(SocialDbContext db) : IRequestHandler<StartAssistance, AssistanceDto>
    {
        public async Task<AssistanceDto> Handle(StartAssistance request, CancellationToken cancellationToken)
        {
            var household = await db.HouseholdAsync(request.HouseholdId, cancellationToken);
            var body = request.Assistance;
            if (await db.Assistance.AsNoTracking().AnyAsync(
                    a => a.HouseholdId == household.HouseholdId && a.Programme == body.Programme && (a.EndedOn == null || a.EndedOn >= body.StartedOn), cancellationToken))
            {
                throw new ConflictException("The household receives this programme already on that day; end the running assistance first.");
            }

            var assistance = new Assistance
            {
                Id = Guid.CreateVersion7(), HouseholdId = household.HouseholdId, PosyanduId = household.PosyanduId, RegionCode = household.RegionCode,
                Programme = body.Programme!, StartedOn = body.StartedOn, Note = body.Note.Clean(),
            };
            db.Assistance.Add(assistance);
            db.Publish(new AssistanceStarted(
                assistance.Id, assistance.HouseholdId, assistance.PosyanduId, assistance.RegionCode, assistance.Programme, assistance.StartedOn,
                Period.Of(assistance.StartedOn).ToString()));
            await db.ReportHouseholdAsync(household.HouseholdId, cancellationToken);
            return AssistanceDto.From(assistance);
        }
    }
}

internal static class StartAssistanceEndpoint
{
    public static void MapStartAssistance(this IEndpointRouteBuilder group) =>
        group.MapPost("/households/{householdId:guid}/assistance", async (Guid householdId, StartAssistance.Body body, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new StartAssistance(householdId, body), ct);
                return TypedResults.Created($"/api/social/households/{householdId}", created);
            })
            .WithName("StartAssistance")
            .WithSummary("Record that a household receives an assistance programme (pkh, bpnt, pbi-jk, blt-dana-desa, bansos-daerah) from a day.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireSectorWriters(Roles.Social);
}
