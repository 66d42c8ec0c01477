using Posyandu.Trantibumlinmas.Features.Spm;

namespace Posyandu.Trantibumlinmas.Features.Protection;

/// <summary>Registers a poskamling of a village with its state on the day it was checked (its first check).</summary>
public sealed record RegisterPoskamling(string Village, RegisterPoskamling.Body Post) : ICommand<PoskamlingDto>
{
    public sealed record Body(string? Name, double? Latitude, double? Longitude, PoskamlingStatus? Status, DateOnly? CheckedOn);

    internal sealed class Validator : AbstractValidator<RegisterPoskamling>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(v => v.Post.Name).NotEmpty().WithMessage("name is required.").MaximumLength(Poskamling.MaxName).OverridePropertyName("name");
            RuleFor(v => v.Post.Latitude).MustBeLatitude().OverridePropertyName("latitude");
            RuleFor(v => v.Post.Longitude).MustBeLongitude().OverridePropertyName("longitude");
            RuleFor(v => v.Post).Must(p => (p.Latitude is null) == (p.Longitude is null)).WithMessage("latitude and longitude come together.").OverridePropertyName("longitude");
            RuleFor(v => v.Post.Status).NotNull().WithMessage(ApiNames.OneOf<PoskamlingStatus>("status")).OverridePropertyName("status");
            RuleFor(v => v.Post.CheckedOn).NotNull().WithMessage("checkedOn is required.").MustBePastDay(time).OverridePropertyName("checkedOn");
        }
    }

    internal sealed class Handler(TrantibumlinmasDbContext db) : IRequestHandler<RegisterPoskamling, PoskamlingDto>
    {
        public async Task<PoskamlingDto> Handle(RegisterPoskamling request, CancellationToken cancellationToken)
        {
            var (village, _) = await db.VillageAsync(request.Village, cancellationToken);
            var p = request.Post;
            var post = new Poskamling
            {
                Id = Guid.CreateVersion7(), RegionCode = village, Name = p.Name!.Trim(), Latitude = p.Latitude, Longitude = p.Longitude,
                Status = p.Status!.Value, LastCheckedOn = p.CheckedOn!.Value,
            };
            db.Poskamling.Add(post);
            db.PoskamlingChecks.Add(new PoskamlingCheck { Id = Guid.CreateVersion7(), PoskamlingId = post.Id, RegionCode = village, CheckedOn = post.LastCheckedOn, Status = post.Status });
            await db.ReportPoskamlingAsync(post, cancellationToken);
            return PoskamlingDto.From(post);
        }
    }
}

internal static class RegisterPoskamlingEndpoint
{
    public static void MapRegisterPoskamling(this IEndpointRouteBuilder group) =>
        group.MapPost("/villages/{village}/poskamling", async (string village, RegisterPoskamling.Body body, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new RegisterPoskamling(village, body), ct);
                return TypedResults.Created($"/api/{TrantibumlinmasModule.ModuleName}/villages/{created.RegionCode}/protection", created);
            })
            .WithName("RegisterPoskamling")
            .WithSummary("Register a poskamling of a village (name, optional WGS84 point) with its status (aktif, tidakAktif, rusak) on the day checked.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireSectorWriters(Roles.Trantibumlinmas, Roles.Desa)
            .VillageWide();
}
