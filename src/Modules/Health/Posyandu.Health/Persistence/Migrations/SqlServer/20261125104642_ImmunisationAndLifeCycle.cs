using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Posyandu.Health.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ImmunisationAndLifeCycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "immunisation_doses",
                schema: "health",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    Antigen = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DoseNumber = table.Column<int>(type: "int", nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AgeDays = table.Column<int>(type: "int", nullable: false),
                    BatchNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Place = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    PlaceName = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_immunisation_doses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pregnancies",
                schema: "health",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    Hpht = table.Column<DateOnly>(type: "date", nullable: false),
                    EstimatedDueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    GestationalWeeksAtRegistration = table.Column<int>(type: "int", nullable: false),
                    MotherAgeYears = table.Column<int>(type: "int", nullable: false),
                    AgeRisk = table.Column<bool>(type: "bit", nullable: false),
                    MuacCmAtRegistration = table.Column<double>(type: "float", nullable: true),
                    KekRisk = table.Column<bool>(type: "bit", nullable: false),
                    Anaemia = table.Column<bool>(type: "bit", nullable: false),
                    Hypertension = table.Column<bool>(type: "bit", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pregnancies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                schema: "health",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    ReasonCode = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Facility = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    ArrivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    OutcomeNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "screenings",
                schema: "health",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    ScreenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AgeYears = table.Column<int>(type: "int", nullable: false),
                    Sex = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    LifeStage = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    WeightKg = table.Column<double>(type: "float", nullable: true),
                    HeightCm = table.Column<double>(type: "float", nullable: true),
                    Bmi = table.Column<double>(type: "float", nullable: true),
                    SystolicMmHg = table.Column<int>(type: "int", nullable: true),
                    DiastolicMmHg = table.Column<int>(type: "int", nullable: true),
                    BloodGlucoseMgPerDl = table.Column<double>(type: "float", nullable: true),
                    WaistCm = table.Column<double>(type: "float", nullable: true),
                    Hypertension = table.Column<bool>(type: "bit", nullable: true),
                    Obesity = table.Column<bool>(type: "bit", nullable: true),
                    CentralObesity = table.Column<bool>(type: "bit", nullable: true),
                    DiabetesSuspicion = table.Column<bool>(type: "bit", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_screenings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "antenatal_checks",
                schema: "health",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PregnancyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    GestationalWeeks = table.Column<int>(type: "int", nullable: false),
                    WeightKg = table.Column<double>(type: "float", nullable: true),
                    SystolicMmHg = table.Column<int>(type: "int", nullable: true),
                    DiastolicMmHg = table.Column<int>(type: "int", nullable: true),
                    MuacCm = table.Column<double>(type: "float", nullable: true),
                    HbGPerDl = table.Column<double>(type: "float", nullable: true),
                    IronTabletsGiven = table.Column<int>(type: "int", nullable: false),
                    KekRisk = table.Column<bool>(type: "bit", nullable: true),
                    Anaemia = table.Column<bool>(type: "bit", nullable: true),
                    Hypertension = table.Column<bool>(type: "bit", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_antenatal_checks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_antenatal_checks_pregnancies_PregnancyId",
                        column: x => x.PregnancyId,
                        principalSchema: "health",
                        principalTable: "pregnancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_antenatal_checks_PosyanduId_CheckedOn",
                schema: "health",
                table: "antenatal_checks",
                columns: new[] { "PosyanduId", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_antenatal_checks_PregnancyId_CheckedOn",
                schema: "health",
                table: "antenatal_checks",
                columns: new[] { "PregnancyId", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_immunisation_doses_PosyanduId_GivenOn",
                schema: "health",
                table: "immunisation_doses",
                columns: new[] { "PosyanduId", "GivenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_immunisation_doses_RegionCode_GivenOn",
                schema: "health",
                table: "immunisation_doses",
                columns: new[] { "RegionCode", "GivenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_immunisation_doses_ResidentId_Antigen_DoseNumber",
                schema: "health",
                table: "immunisation_doses",
                columns: new[] { "ResidentId", "Antigen", "DoseNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pregnancies_PosyanduId_EndedOn",
                schema: "health",
                table: "pregnancies",
                columns: new[] { "PosyanduId", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_pregnancies_ResidentId_Hpht",
                schema: "health",
                table: "pregnancies",
                columns: new[] { "ResidentId", "Hpht" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_PosyanduId_Status",
                schema: "health",
                table: "referrals",
                columns: new[] { "PosyanduId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_ResidentId",
                schema: "health",
                table: "referrals",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_screenings_PosyanduId_ScreenedOn",
                schema: "health",
                table: "screenings",
                columns: new[] { "PosyanduId", "ScreenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_screenings_ResidentId_ScreenedOn",
                schema: "health",
                table: "screenings",
                columns: new[] { "ResidentId", "ScreenedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "antenatal_checks",
                schema: "health");

            migrationBuilder.DropTable(
                name: "immunisation_doses",
                schema: "health");

            migrationBuilder.DropTable(
                name: "referrals",
                schema: "health");

            migrationBuilder.DropTable(
                name: "screenings",
                schema: "health");

            migrationBuilder.DropTable(
                name: "pregnancies",
                schema: "health");
        }
    }
}
