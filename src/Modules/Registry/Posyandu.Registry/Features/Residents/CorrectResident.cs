using Posyandu.SharedKernel.Privacy;
using NikNumber = Posyandu.SharedKernel.Domain.Nik;

namespace Posyandu.Registry.Features.Residents;

/// <summary>
/// Corrects a resident's name, sex, birth date or relation (send If-Match). The NIK, when there is one, must still
/// agree with the birth date and sex.
/// </summary>
public sealed record CorrectResident(Guid Id, CorrectResident.Body Fields, int? ExpectedVersion) : ICommand<Resident>
{
    public sealed record Body(string? Name, string? Sex, DateOnly BirthDate, string? Relation);

    internal sealed class Validator : AbstractValidator<CorrectResident>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(c => c.Fields.Name).NotEmpty().MaximumLength(150).OverridePropertyName("name");
            RuleFor(c => c.Fields.Sex).Must(s => Sexes.TryParse(s, out _)).WithMessage("sex is male or female.").OverridePropertyName("sex");
            RuleFor(c => c.Fields.BirthDate).Must(d => d <= time.Today() && d.Year >= 1900)
                .WithMessage("birthDate must be a past date after 1900.").OverridePropertyName("birthDate");
            RuleFor(c => c.Fields.Relation).Must(Relations.All.Contains!).WithMessage($"relation is one of: {string.Join(", ", Relations.All)}.")
                .OverridePropertyName("relation");
        }
    }

    internal sealed class Handler(RegistryDbContext db) : IRequestHandler<CorrectResident, Resident>
    {
        public async Task<Resident> Handle(CorrectResident request, CancellationToken cancellationToken)
        {
            var resident = await db.Residents.SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Resident");
            db.ExpectVersion(resident, request.ExpectedVersion);
            var f = request.Fields;
            var sex = Sexes.TryParse(f.Sex, out var parsed) ? parsed : throw RequestValidationException.For("sex", "sex is male or female.");
            if (resident.Nik is { } nik && !NikNumber.Parse(nik).IsConsistentWith(f.BirthDate, sex))
            {
                throw RequestValidationException.For("birthDate", "The birth date and sex must agree with the resident's NIK (digits 7–12, +40 on the day for women).");
            }

            if (resident.Name == ResidentErased.ErasedName && resident.Nik is null)
            {
                throw new ConflictException("This resident's personal data is erased.");
            }

            if (resident.Name != f.Name!.Trim())
            {
                // The old name leaves the stored history too (UU 27/2022 art. 43: a correction reaches every copy).
                await ResidentHistory.RewriteNameAsync(db, resident.Id, f.Name.Trim(), cancellationToken);
            }

            var wasParent = ResidentIdentities.IsParent(resident);
            (resident.Name, resident.SearchName, resident.Sex, resident.BirthDate, resident.Relation) =
                (f.Name!.Trim(), TextSearch.Normalize(f.Name), sex, f.BirthDate, f.Relation!);
            db.Publish(new ResidentUpdated(resident.Id, resident.Name, sex.ToApi(), resident.BirthDate, resident.HouseholdId, resident.PosyanduId, resident.RegionCode));
            await ResidentIdentities.PublishAsync(db, resident, wasParent, leftHousehold: null, home: null, cancellationToken);
            return resident;
        }
    }
}

internal static class CorrectResidentEndpoint
{
    public static void MapCorrectResident(this IEndpointRouteBuilder residents) =>
        residents.MapPut("/{id:guid}", async (Guid id, CorrectResident.Body body, HttpContext http, IMediator mediator, ICurrentUser user, TimeProvider time, CancellationToken ct) =>
            {
                var resident = await mediator.Send(new CorrectResident(id, body, http.Request.IfMatchVersion()), ct);
                http.Response.SetETag(resident);
                return TypedResults.Ok(ResidentDto.From(resident, user.PersonalFields(), time.Today()));
            })
            .WithName("CorrectResident")
            .WithSummary("Correct a resident's name, sex, birth date or relation (send If-Match with the ETag).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .RequireRoles(Roles.Dpmd, Roles.Kader);
}
