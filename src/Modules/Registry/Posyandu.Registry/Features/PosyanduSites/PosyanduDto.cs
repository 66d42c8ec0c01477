namespace Posyandu.Registry.Features.PosyanduSites;

public sealed record PengurusDto(string Position, string Name, string? Phone, DateOnly TermStart, DateOnly? TermEnd);

/// <summary>A Posyandu as the API shows it.</summary>
public sealed record PosyanduDto(
    Guid Id, string Name, string RegionCode, string RegistrationNumber, string? Address, string? Rt, string? Rw,
    double? Latitude, double? Longitude, int ServiceDay, string? Strata, bool Active, int Version, IReadOnlyList<PengurusDto> Pengurus)
{
    internal static PosyanduDto From(PosyanduSite p) => new(
        p.Id, p.Name, p.RegionCode, p.RegistrationNumber, p.Address, p.Rt, p.Rw, p.Latitude, p.Longitude, p.ServiceDay, p.Strata,
        p.Active, p.Version, p.Pengurus.Select(x => new PengurusDto(x.Position, x.Name, x.Phone, x.TermStart, x.TermEnd)).ToList());
}

/// <summary>The editable fields of a Posyandu, shared by register and update.</summary>
public interface IPosyanduFields
{
    string? Name { get; }

    string? Address { get; }

    string? Rt { get; }

    string? Rw { get; }

    double? Latitude { get; }

    double? Longitude { get; }

    int ServiceDay { get; }

    string? Strata { get; }
}

internal sealed class PosyanduFieldsValidator : AbstractValidator<IPosyanduFields>
{
    public static readonly string[] Strata = ["pratama", "madya", "purnama", "mandiri"];

    public PosyanduFieldsValidator()
    {
        RuleFor(p => p.Name).NotEmpty().MaximumLength(150);
        RuleFor(p => p.Address).MaximumLength(300);
        RuleFor(p => p.Rt).MustBeRtRw().When(p => p.Rt is not null);
        RuleFor(p => p.Rw).MustBeRtRw().When(p => p.Rw is not null);
        RuleFor(p => p.Latitude).InclusiveBetween(-90, 90);
        RuleFor(p => p.Longitude).InclusiveBetween(-180, 180);
        RuleFor(p => p.ServiceDay).InclusiveBetween(1, 31).WithMessage("serviceDay is the day of the month the Posyandu opens: 1 to 31.");
        RuleFor(p => p.Strata).Must(s => s is null || Strata.Contains(s)).WithMessage("strata is pratama, madya, purnama or mandiri.");
    }
}
