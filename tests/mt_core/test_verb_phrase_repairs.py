import pytest

from mt_core.phrase_repair import repair_phrases
from mt_core.verb_phrase_repairs import VERB_PHRASE_REPAIRS


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("His research led to the discovery of insulin.", "Su investigación dirigió al descubrimiento de insulina.",
         "Su investigación condujo al descubrimiento de insulina."),
        ("The scandals led to riots.", "Los escándalos dirigieron a disturbios.",
         "Los escándalos condujeron a disturbios."),
        ("This method is used in hospitals.", "Este método está utilizado en hospitales.",
         "Este método se utiliza en hospitales."),
        ("The terms are widely used.", "Los términos están ampliamente utilizados.",
         "Los términos se utilizan ampliamente."),
        ("The champion retired in 2010.", "El campeón retirado en 2010.", "El campeón se retiró en 2010."),
        ("Smith retired from politics.", "Smith retirado de la política.", "Smith se retiró de la política."),
        ("She chaired the committee.", "Sigó el comité.", "Presidió el comité."),
        ("Wolfgang Amadeus Mozart composed more than 600 works.",
         "Wolfgang Amadeus Mozart se compuesta más de 600 obras.", "Wolfgang Amadeus Mozart compuso más de 600 obras."),
        ("She drafted the constitution.", "Reclutó la constitución.", "Redactó la constitución."),
        ("Her work provided evidence for dark matter.", "Su obra evidencia proporcionada para la materia oscura.",
         "Su obra proporcionó pruebas de la materia oscura."),
        ("Her measurements provided evidence for it.", "Sus medidas evidencia proporcionada para ello.",
         "Sus medidas proporcionaron pruebas de ello."),
        ("She and Rivera lived in the United States.", "Ella y la Rivera vivió en los Estados Unidos.",
         "Ella y Rivera vivieron en los Estados Unidos."),
        ("She and her husband moved to Paris.", "Ella y su marido se mudó a París.",
         "Ella y su marido se mudaron a París."),
        ("Edmund Hillary and Tenzing Norgay were the first.", "Edmund Hillary y Tenzing Norgay era los primeros.",
         "Edmund Hillary y Tenzing Norgay fueron los primeros."),
        ("She travelled into space.", "Viajó a espacial.", "Viajó al espacio."),
        ("She left to marry Prince Rainier.", "Se fue para casar el príncipe Raniero.",
         "Se fue para casarse con el príncipe Raniero."),
        ("Her career spanned six decades.", "Su carrera giró seis décadas.", "Su carrera abarcó seis décadas."),
        ("She won four awards, a record.", "Ganó cuatro premios, un registro.", "Ganó cuatro premios, un récord."),
        ("She was the first to be awarded the Fields Medal.", "Fue la primera en ser otorgada la Medalla Fields.",
         "Fue la primera en recibir la Medalla Fields."),
        ("his laws of planetary motion", "sus leyes de moción planetaria", "sus leyes del movimiento planetario"),
        ("He formulated the laws of motion.", "Formuló las leyes de moción.", "Formuló las leyes del movimiento."),
        ("They sold two billion copies.", "Vendieron dos mil millones copias.",
         "Vendieron dos mil millones de copias."),
        ("He was sentenced to death, but the sentence was commuted.", "Fue sentenciado, pero la frase era commuted.",
         "Fue sentenciado, pero la pena fue conmutada."),
        ("She founded convents throughout Spain.", "Fundó conventos durante España.",
         "Fundó conventos por toda España."),
        ("He was offered the presidency of Israel.", "Fue ofrecido la presidencia de Israel.",
         "Le ofrecieron la presidencia de Israel."),
        ("The experiment was carried out in 1920.", "El experimento fue llevado fuera en 1920.",
         "El experimento fue llevado a cabo en 1920."),
        ("She carried out research.", "Llevó fuera investigación.", "Llevó a cabo investigación."),
        ("He took his own life in 1961.", "Tomó su vida propia en 1961.", "Se quitó la vida en 1961."),
        ("He stepped down after one term.", "Dio un paso abajo después de un mandato.",
         "Dejó el cargo después de un mandato."),
        ("She stepped down as president.", "Dio un paso abajo tan presidenta.", "Dejó el cargo de presidenta."),
        ("He served as an ambulance driver.", "Sirvió como un conductor de ambulancia.",
         "Sirvió como conductor de ambulancia."),
        ("He was wounded and returned home.", "Fue herido y casa de regresar.", "Fue herido y regresó a casa."),
        ("She returned home in 1945.", "Regresó en 1945.", "Regresó a casa en 1945."),
        ("He held more than 1,000 patents.", "Aguantó más de 1,000 patentes.", "Tuvo más de 1,000 patentes."),
        ("He held the post of mayor.", "Aguantó el poste de alcalde.", "Ocupó el cargo de alcalde."),
        ("She was shot in the head in 2012.", "Fue disparada en la jefa en 2012.",
         "Recibió un disparo en la cabeza en 2012."),
        ("He was shot dead in 1948.", "Fue disparado muerto en 1948.", "Murió a tiros en 1948."),
        ("Napoleon crowned himself emperor.", "Napoleón coronó Él emperador.", "Napoleón se coronó emperador."),
        ("He delivered his famous speech.", "Entregó su habla famosa.", "Pronunció su famoso discurso."),
        ("He was shot and killed in 1980.", "Fue disparado y matado en 1980.", "Murió a tiros en 1980."),
        ("Her death was ruled a suicide.", "Su muerte estuvo gobernada un suicidio.",
         "Su muerte se dictaminó como un suicidio."),
        ("He was ranked first for 310 weeks.", "Fue clasificado primero para semanas 310.",
         "Fue clasificado primero durante 310 semanas."),
    ],
)  # fmt: skip
def test_a_teachers_verb_phrase_is_put_right(source: str, translation: str, expected: str) -> None:
    assert repair_phrases(source, translation, VERB_PHRASE_REPAIRS) == expected


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("He led the army to victory.", "Dirigió al ejército a la victoria."),  # he led: no 'led to'
        ("The method is used to measure heat.", "El método es utilizado para medir el calor."),  # 'ser' is right
        ("The champion was retired in 2010.", "El campeón fue retirado en 2010."),  # a passive
        ("A retired champion in Madrid", "Un campeón retirado en Madrid"),  # an adjective
        ("The orchestra is composed of 80 musicians.", "La orquesta está compuesta de 80 músicos."),
        ("The symphony was composed in 1808.", "La sinfonía fue compuesta en 1808."),
        ("He was drafted into the army.", "Fue reclutado al ejército."),  # a soldier is recruited
        ("She and her husband were happy.", "Ella y su marido eran felices."),  # plural already
        ("The job was offered to her.", "El trabajo le fue ofrecido."),  # the thing offered
        ("He carried the box out.", "Llevó la caja fuera."),  # no 'carried out'
        ("He held on to the rope.", "Aguantó la cuerda."),  # held on: he did hold it
        ("He speaks of the speech.", "Habla del discurso."),  # a verb, with 'speak' in the source
        ("He had defective speech.", "Tenía un habla defectuosa."),  # the faculty, not a speech given
        ("She sang throughout her career.", "Cantó durante su carrera."),  # no country
        ("two million three hundred", "dos millones trescientos"),  # a number goes on
        ("The sentence has a verb.", "La frase tiene un verbo."),  # a clause
        ("The motion was passed.", "La moción fue aprobada."),  # a parliament's motion
        ("She kept a record of it.", "Guardó un registro de ello."),  # a written record
        ("She acted as a mother to him.", "Actuó como una madre para él."),  # a likeness, not a role
    ],
)
def test_a_right_verb_phrase_is_left_alone(source: str, translation: str) -> None:
    assert repair_phrases(source, translation, VERB_PHRASE_REPAIRS) == translation
