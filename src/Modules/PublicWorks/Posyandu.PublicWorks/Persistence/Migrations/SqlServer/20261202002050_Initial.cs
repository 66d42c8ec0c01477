using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Posyandu.PublicWorks.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "publicworks");

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "publicworks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Roles = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Module = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Entity = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "households",
                schema: "publicworks",
                columns: table => new
                {
                    HouseholdId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_households", x => x.HouseholdId);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "publicworks",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Handler = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "infrastructure_reports",
                schema: "publicworks",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    PosyanduId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    Latitude = table.Column<double>(type: "float", nullable: false),
                    Longitude = table.Column<double>(type: "float", nullable: false),
                    Severity = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    ReporterResidentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_infrastructure_reports", x => x.RequestId);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "publicworks",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ProcessedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "posyandu",
                schema: "publicworks",
                columns: table => new
                {
                    PosyanduId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_posyandu", x => x.PosyanduId);
                });

            migrationBuilder.CreateTable(
                name: "residents",
                schema: "publicworks",
                columns: table => new
                {
                    ResidentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Sex = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    Alive = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents", x => x.ResidentId);
                });

            migrationBuilder.CreateTable(
                name: "service_requests",
                schema: "publicworks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sector = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ResidentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    HouseholdId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PosyanduId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StatusSince = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DueAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    OverdueSince = table.Column<DateTime>(type: "datetime2", nullable: true),
                    EscalationLevel = table.Column<int>(type: "int", nullable: false),
                    LastEscalatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    AnyStepLate = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "water_sanitation_surveys",
                schema: "publicworks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PosyanduId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    SurveyedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    WaterSource = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SourceToSepticMeters = table.Column<decimal>(type: "decimal(7,1)", precision: 7, scale: 1, nullable: true),
                    WaterLitresPerDay = table.Column<int>(type: "int", nullable: false),
                    Members = table.Column<int>(type: "int", nullable: false),
                    MembersFromRegistry = table.Column<bool>(type: "bit", nullable: false),
                    CollectionMinutes = table.Column<int>(type: "int", nullable: false),
                    Toilet = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ToiletShared = table.Column<bool>(type: "bit", nullable: false),
                    SepticLastEmptiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Wastewater = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Waste = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    HandwashingWithSoap = table.Column<bool>(type: "bit", nullable: false),
                    DrinkingWaterTreated = table.Column<bool>(type: "bit", nullable: false),
                    WaterLayak = table.Column<bool>(type: "bit", nullable: false),
                    LitresPerPersonPerDay = table.Column<decimal>(type: "decimal(9,1)", precision: 9, scale: 1, nullable: false),
                    WaterReasons = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Sanitation = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    SanitationLayak = table.Column<bool>(type: "bit", nullable: false),
                    SanitationReasons = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    OpenDefecation = table.Column<bool>(type: "bit", nullable: false),
                    StbmPillarsMet = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_water_sanitation_surveys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_request_attachments",
                schema: "publicworks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UploadedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_request_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_service_request_attachments_service_requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "publicworks",
                        principalTable: "service_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "service_request_history",
                schema: "publicworks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Roles = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    From = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_request_history", x => x.Id);
                    table.ForeignKey(
                        name: "FK_service_request_history_service_requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "publicworks",
                        principalTable: "service_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_Actor",
                schema: "publicworks",
                table: "audit_entries",
                column: "Actor");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_At",
                schema: "publicworks",
                table: "audit_entries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_Entity_EntityId",
                schema: "publicworks",
                table: "audit_entries",
                columns: new[] { "Entity", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_households_PosyanduId",
                schema: "publicworks",
                table: "households",
                column: "PosyanduId");

            migrationBuilder.CreateIndex(
                name: "IX_households_RegionCode",
                schema: "publicworks",
                table: "households",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_infrastructure_reports_RegionCode",
                schema: "publicworks",
                table: "infrastructure_reports",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_MessageId",
                schema: "publicworks",
                table: "outbox_messages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_Status_Sequence",
                schema: "publicworks",
                table: "outbox_messages",
                columns: new[] { "Status", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_posyandu_RegionCode",
                schema: "publicworks",
                table: "posyandu",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_residents_HouseholdId",
                schema: "publicworks",
                table: "residents",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_residents_PosyanduId_BirthDate",
                schema: "publicworks",
                table: "residents",
                columns: new[] { "PosyanduId", "BirthDate" });

            migrationBuilder.CreateIndex(
                name: "IX_service_request_attachments_RequestId",
                schema: "publicworks",
                table: "service_request_attachments",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_service_request_history_RequestId",
                schema: "publicworks",
                table: "service_request_history",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_service_requests_PosyanduId",
                schema: "publicworks",
                table: "service_requests",
                column: "PosyanduId");

            migrationBuilder.CreateIndex(
                name: "IX_service_requests_RegionCode",
                schema: "publicworks",
                table: "service_requests",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_service_requests_Status_DueAt",
                schema: "publicworks",
                table: "service_requests",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_water_sanitation_surveys_HouseholdId_SurveyedOn",
                schema: "publicworks",
                table: "water_sanitation_surveys",
                columns: new[] { "HouseholdId", "SurveyedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_water_sanitation_surveys_PosyanduId_SurveyedOn",
                schema: "publicworks",
                table: "water_sanitation_surveys",
                columns: new[] { "PosyanduId", "SurveyedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_water_sanitation_surveys_RegionCode",
                schema: "publicworks",
                table: "water_sanitation_surveys",
                column: "RegionCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "publicworks");

            migrationBuilder.DropTable(
                name: "households",
                schema: "publicworks");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "publicworks");

            migrationBuilder.DropTable(
                name: "infrastructure_reports",
                schema: "publicworks");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "publicworks");

            migrationBuilder.DropTable(
                name: "posyandu",
                schema: "publicworks");

            migrationBuilder.DropTable(
                name: "residents",
                schema: "publicworks");

            migrationBuilder.DropTable(
                name: "service_request_attachments",
                schema: "publicworks");

            migrationBuilder.DropTable(
                name: "service_request_history",
                schema: "publicworks");

            migrationBuilder.DropTable(
                name: "water_sanitation_surveys",
                schema: "publicworks");

            migrationBuilder.DropTable(
                name: "service_requests",
                schema: "publicworks");
        }
    }
}
