using Posyandu.Social.Features.Spm;

namespace Posyandu.Social.Features.Welfare;

/// <summary>Ends a household's assistance on a day (the last day received). Publishes <see cref="AssistanceEnded"/> and the household's SPM contribution.</summary>
public sealed record EndAssistance(Guid AssistanceId, EndAssistance.Body End) : ICommand<AssistanceDto>
{
    public sealed record Body(DateOnly EndedOn);

    internal sealed class Validator : AbstractValidator<EndAssistance>
    {
        public Validator(TimeProvider time) => RuleFor(v => v.End.EndedOn).RecordDay("endedOn", time).OverridePropertyName("endedOn");
    }

    internal sealed class Handler(SocialDbContext db) : IRequestHandler<EndAssistance, AssistanceDto>
    {
        public async Task<AssistanceDto> Handle(EndAssistance request, CancellationToken cancellationToken)
        {
            var assistance = await db.Assistance.SingleOrDefaultAsync(a => a.Id == request.AssistanceId, cancellationToken) ?? throw new NotFoundException("Assistance");
            assistance.End(request.End.EndedOn);
            db.Publish(new AssistanceEnded(
                assistance.Id, assistance.HouseholdId, assistance.PosyanduId, assistance.RegionCode, assistance.Programme, assistance.StartedOn,
                request.End.EndedOn, Period.Of(request.End.EndedOn).ToString()));
            await db.ReportHouseholdAsync(assistance.HouseholdId, cancellationToken);
            return AssistanceDto.From(assistance);
        }
    }
}

internal static class EndAssistanceEndpoint
{
    public static void MapEndAssistance(this IEndpointRouteBuilder group) =>
        group.MapPost("/assistance/{id:guid}/end", async (Guid id, EndAssistance.Body body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new EndAssistance(id, body), ct)))
            .WithName("EndAssistance")
            .WithSummary("End a household's assistance programme on a day.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Social);
}
