namespace Posyandu.Trantibumlinmas.Features.Protection;

/// <summary>Adds a registered resident of the village to its satuan linmas (Permendagri 84/2014), once.</summary>
public sealed record AddLinmasMember(string Village, AddLinmasMember.Body Member) : ICommand<LinmasMemberDto>
{
    public sealed record Body(Guid? ResidentId, LinmasPosition? Position, DateOnly? JoinedOn);

    internal sealed class Validator : AbstractValidator<AddLinmasMember>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(v => v.Member.ResidentId).NotNull().NotEqual(Guid.Empty).WithMessage("residentId is required.").OverridePropertyName("residentId");
            RuleFor(v => v.Member.Position).NotNull().WithMessage(ApiNames.OneOf<LinmasPosition>("position")).OverridePropertyName("position");
            RuleFor(v => v.Member.JoinedOn).NotNull().WithMessage("joinedOn is required.").MustBePastDay(time).OverridePropertyName("joinedOn");
        }
    }

    internal sealed class Handler(TrantibumlinmasDbContext db) : IRequestHandler<AddLinmasMember, LinmasMemberDto>
    {
        public async Task<LinmasMemberDto> Handle(AddLinmasMember request, CancellationToken cancellationToken)
        {
            var (village, _) = await db.VillageAsync(request.Village, cancellationToken);
            var m = request.Member;
            if (!await db.Residents.IgnoreQueryFilters().AnyAsync(r => r.ResidentId == m.ResidentId && r.RegionCode == village && r.Alive, cancellationToken))
            {
                throw new BusinessRuleException("A linmas member is a living resident registered in the village.");
            }

            if (await db.LinmasMembers.IgnoreQueryFilters().AnyAsync(x => x.ResidentId == m.ResidentId, cancellationToken))
            {
                throw new ConflictException("The resident is a linmas member already.");
            }

            var member = new LinmasMember { Id = Guid.CreateVersion7(), RegionCode = village, ResidentId = m.ResidentId!.Value, Position = m.Position!.Value, JoinedOn = m.JoinedOn!.Value };
            db.LinmasMembers.Add(member);
            return LinmasMemberDto.From(member);
        }
    }
}

internal static class AddLinmasMemberEndpoint
{
    public static void MapAddLinmasMember(this IEndpointRouteBuilder group) =>
        group.MapPost("/villages/{village}/linmas-members", async (string village, AddLinmasMember.Body body, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new AddLinmasMember(village, body), ct);
                return TypedResults.Created($"/api/{TrantibumlinmasModule.ModuleName}/villages/{created.RegionCode}/protection", created);
            })
            .WithName("AddLinmasMember")
            .WithSummary("Add a registered resident of the village to its satuan linmas (anggota or komandan).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireSectorWriters(Roles.Trantibumlinmas, Roles.Desa)
            .VillageWide();
}
