using Posyandu.SharedKernel.Persistence;

namespace Posyandu.Housing.Persistence;

public class HousingDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public override string Schema => HousingModule.ModuleName;

    public DbSet<HousingHousehold> Households => Set<HousingHousehold>();

    public DbSet<HousingPosyandu> Posyandu => Set<HousingPosyandu>();

    public DbSet<HousingResident> Residents => Set<HousingResident>();

    public DbSet<HouseAssessment> Assessments => Set<HouseAssessment>();

    public DbSet<Rehabilitation> Rehabilitations => Set<Rehabilitation>();

    public DbSet<ServiceRequest> ServiceRequests => Set<ServiceRequest>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HousingDbContext).Assembly);
        modelBuilder.AddServiceRequests();
    }
}

internal sealed class HousingSqliteDbContext(DbContextOptions<HousingSqliteDbContext> options) : HousingDbContext(options);

internal sealed class HousingSqlServerDbContext(DbContextOptions<HousingSqlServerDbContext> options) : HousingDbContext(options);
