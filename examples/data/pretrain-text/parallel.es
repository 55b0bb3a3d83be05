Y él dijo: Mamá, estoy en casa.
Llamó a su madre tan pronto como el autobús escolar lo dejó.
Él no dijo una palabra.
Le dijo a su madre que había llegado a casa.
No sabía para qué iba ni nada, así que iba a informarmar a un lugar designado en Washington.
Nunca he estado en Washington, así que cuando me asignaron allí me perdí tratando de encontrar el lugar.
Sabía exactamente lo que tenía que hacer mientras marchaba a Washington.
No estaba muy seguro de lo que iba a hacer, así que fui a Washington, donde me asignaron informar.
Él no pudo ir.
Él fue el primero en ser invitado y disfrutó de la experiencia.
No se le permitió asistir.
No se le permitió ir a la apertura del museo.
Y yo estaba bien, ¡y eso fue todo!
Después de que dije que sí, terminó.
Dije que no y se prolongó una y otra vez.
Cuando dije que sí, decidimos que nos casaríamos ese día.
Solo estaba allí tratando de resolverlo.
Lo entendí bien desde el principio.
Estaba tratando de entender a dónde fue el dinero.
Intentaba entender.
Y, oye, de hecho dejaron de visitar a la familia porque estaban decididos que iban a ser blancos.
Continuaron visitando todos los días.
Ya no visitaban a la familia.
Dejaron de visitar a la familia cuando comenzaron las tensiones raciales.
Y la abuela solía contar la historia sobre cómo su hermana y el marido de esta decidieron que se iban a trasladar a la ciudad, a Augusta, y hacerse pasar por blancos.
La Hermana de la Abuela era blanca y se mudó a Texas.
La hermana de la abuela no era blanca.
La hermana de la abuela no era blanca, pero quería serlo para poder ir a la escuela.
Michael Santo of, of Firewell and Company, of Buffalo, NY, they was the one that uh, manufactured, uh, invented the high O2 regulator before that they built fire control on the stove well.
Santo vivió en Nueva York y trabajó en el alto regulador de O2.
Santo se especializó en seguridad contra incendios porque era un problema que le era muy querido.
Santo trabajó para Disney y operó las tazas de té.
Pero, ya sabes, él era, en muchos sentidos, como el hijo del dueño de una plantación porque era el hijo de este hombre que tenía muchas propiedades.
Su padre nunca había tenido nada en su vida.
Su padre era dueño de 2000 acres de tierras de cultivo.
Su padre era dueño de muchas propiedades.
Pero mi trabajo era colocar paracaídas y chalecos salvavidas en el momento de cargar y despegar hacia un lugar extranjero.
No tenía trabajo, así que sencillamente guardé todas las cajas en casa.
Envié las cajas a Japón.
Los envié.
Así es como, mmm..., me quedo abrochado.
Me aseguré de que la hebilla estuviera apretada para estar seguro.
Así es exactamente como me desengancharon.
Esa es precisamente la forma en la que estaba atrapado.
Y él era un mujeriego, y oh sí, estaba como ahí fuera. Y entonces ya sabes, no me gustó, pero de todos modos estas son mis historias.
Era fiel y amable.
Lo odié porque era muy arrogante.
No era fanático suyo.
Cuando tiro, cuando tira del toldo para que empiece a sacarle, señala dos instrumentos en el lado izquierdo de la aeronave que se habían derretido durante el vuelo.
Todos los instrumentos en el avión estaban intactos.
Fue difícil sacarle.
Había instrumentos en el avión que se derritieron.
Y en realidad no lo entendió.
Desgraciadamente, ella no pudo entender claramente debido a una barrera del idioma.
De hecho, ella no lo comprendió.
Ella sabía exactamente de lo que estábamos hablando.
Tal vez ella le dijo a todos los demás y yo no estaba prestando atención en ese momento en particular.
No la oí cuando se lo dijo a los demás.
Oí todo lo que dijo ella.
Estaba hablando con alguien más en ese momento.
Solo perdimos dos, tres aviones mientras estábamos allí, y, uh, fase de prueba.
Un par de aviones se perdieron debido al clima.
Un par de aviones se perdieron.
Nunca hemos perdido un avión.
Necesito que hagas algo por mí.
No necesito ninguna ayuda.
Es un gran trabajo que necesito hacer.
Hay algo que necesito hecho.
Diferentes, paracaídas de tipos totalmente diferentes y en un pájaro que vuela, esto, tres veces a la velocidad del sonido, más de 22 000 millas por hora.
Vuela más de 20 000 millas por hora.
Solo viaja a 10.000 millas por hora.
El jet vuela 20,000 millas por hora.
Era en lo que teníamos a Rudolph Anderson, una formulación de tres U2.
A Rudolph Anderson no se le podía encontrar en ninguna parte, así que solo teníamos un U2.
Rudolph Anderson fue parte de tres U2.
Tuvimos la suerte de contar con la ayuda de Rudolph Anderson con los U2.
Seguía ahí dentro.
Ella se fue sin dejar rastro.
Ella todavía estaba en las proximidades.
Pensamos que se había ido, pero se quedó.
También, oh, deja que salga de esto.
No necesito lidiar con eso.
Voy a examinar esto.
Revisaré estos informes.
Pero, de repente, nos llamaron para mirar lo que estaba volando.
Se suponía que debíamos mirar el avión.
Se suponía que debíamos mirar lo que estaba volando.
Nos dijeron que no miráramos afuera.
Él rasgaba el papel y lo colocaba en la arena, encendía fuego y lo quemaba en el cenicero de arena, y luego removía las cenizas así.
Él estaba demasiado asustado como para quemar nada, así que simplemente lo intentó.
Él quemaría el papel.
Él escribiría un sueño en el papel y luego lo quemaria.
Um, tienes que llamar a Ramona en Concord. Tenga en cuenta que está en una oficina. En realidad, está en un cliente al otro lado de la ciudad. Estamos en Monroe. Ella está en Concord.
Ramona ha vivido en Concord toda su vida.
Ramona nunca ha estado en Concord.
Ramona está en Concord.
Eso es algo único en el sentido de que, eh, pasé cerca de 16 años de mi carrera profesional en actividades especiales.
Estuve en actividades especiales durante años.
Nunca he tenido un trabajo.
Mi trabajo favorito fue en Actividades Especiales.
Creo que por eso lo recuerdo.
No lo recuerdo en absoluto.
Probablemente sea por eso que recordé su nombre.
Esa es probablemente la razón por la que recordé eso.
Y eso te hace sentir fatal.
Te hace sentir estupendamente.
Te hace sentir horrible.
Te sientes mejor después de una hora.
No tienes que quedarte allí.
Puedes irte a casa si lo deseas.
Puedes irte.
¡Tienes que quedarte exactamente en este lugar!
Ese fue..., ese fue un día bastante aterrador.
Fue un día relajante.
Fue realmente aterrador cuando el tornado llegó a la ciudad.
Ese día realmente me asustó.
Esto, bueno es, osea... la velocidad aumentó, aumentó y aumentó hasta que desplegamos en el extranjero.
Se hizo cada vez más rápido.
Pareció durar una eternidad.
La velocidad me estaba alterando.
Entonces, bueno, de todos modos, estos son los tres, eh, los pilotos U2 que están en la oficina del presidente Kennedy en Washington con el general May.
El general May y los pilotos lo pasaron muy bien visitando la oficina.
El General May nunca fue a la oficina del Presidente Kennedy.
Este es el general May y tres pilotos de U2 en la oficina del presidente Kennedy.
Antes de darme una bofetada, ¿por qué no me dejas tomarme primero un buen vaso de chocolate con leche?
No puedo beber leche.
Me gustaría un vaso de leche con chocolate.
Me encantaría tomar un poco de leche con chocolate y relajarme un poco ya que sé que me equivoqué.
Y entonces, una vez tienes todo introducido, puedes seguir a partir de ahí.
Puedes continuar cuando introduzcas todo.
Puede continuar una vez que ingrese la información en la base de datos.
Deberías parar ahora mismo.
Pero, mira, piénsalo.
Lo pienso a menudo.
No es nada en lo que te gustaría pensar.
Es algo sobre lo que pensar.
Se llevaron a Joe con ellos, y mi abuelita dijo que en la casa era un momento triste porque, ya sabes, todo el mundo echaba de menos a Joe y que no sabían qué hacer.
Todos en la casa estaban abatidos porque extrañaban mucho a Joe.
¡Todos estaban tan felices!
Joe murió y fue realmente deprimente.
La parte era, había 158 partes y tuvimos que dividirla, volver a unirla, dividirla y nunca cometer un error.
Tuvimos que desarmarlo y volver a montarlo.
Tuvimos que desmontar los aviones y luego volverlos a montar.
No se nos permitió tocarlo en absoluto.
No quiero entrar en la Tercera SS que es el Tercer Escuadrón de Apoyo Estratégico.
No podía esperar para entrar en el Third SS.
No quiero ser parte de la Tercera SS.
El Tercer SS es el peor escuadrón posible.
No era más que un desierto; había artemisa en la pista.
Era una selva tropical.
Había mucho follaje de matorral en la zona.
Había plantas rodadoras volando por la pista.
No volvió a decir una hora, así que me hizo ir allí estresado, y ni siquiera sé cuándo es necesario.
Yo estaba preocupado porque no sabía a qué hora era.
Me preocupaba perderme el espectáculo porque no sabía qué hora era.
No estaba preocupado en absoluto, ocurriría cuando ocurriera.
Él es de Grecia y él es de un pequeño pueblo en Grecia llamado Tokalleka, vino a América, creo que fue en 1969 o 1970 y se casó pronto.
Él es un hombre griego que no habla inglés.
Es un hombre griego.
Él es de Irlanda.
Así que devolví la llamada a Ramona porque tenía una pregunta sobre… vale… déjame acabar… tenía una pregunta sobre una cosa que estaba haciendo.
No me molesté en llamar a Ramona.
Nunca tuve la oportunidad de preguntar eso.
Quería hacerle una pregunta a Ramona.
Pequeñas cosas como esta marcaron una gran diferencia en lo que estaba tratando de hacer.
Ni siquiera intenté hacerlo.
Estaba tratando de lograr algo.
Estaba tratando de terminar mi póster para la clase y los nuevos marcadores me ayudaron.
Bueno, no hay nadie ahí para ayudarme.
No soy capaz de hacerlo por mí mismo.
Hay mucha gente que me puede ayudar allí.
No hay nadie en ese lugar para ayudarme.
La CIA descargó la película y la llevó a las Naciones Unidas al día siguiente.
La CIA trajo la película a la ONU.
La CIA guardó la filmación para ellos.
La CIA pensó que la ONU necesitaba ver el vídeo inmediatamente.
Ya le conté, intenté explicarle que estaba frustrado porque no tenía toda la información que necesitaba.
Le dije que no quería oír nada más.
Le dije que necesitaba más información para decidir qué hacer con el trabajo.
Le dije que necesitaba más información.
Por eso no me gradúe en la universidad, pero nunca, nunca leí ninguno de los libros que tenía que leer.
No terminé la universidad.
Terminé la universidad con matrícula.
Abandoné la Universidad en 2002.
Mmm, así que simplemente se fueron de la ciudad, y ella, nunca volvió a ver a su hermana.
Se mudó a Texas y nunca volvió a ver a su hermana.
Nunca vio a su hermana después de eso.
Veía a su hermana todos los días.
Así que la abuela se levantó, y bajó los escalones del cobertizo, estaba caminando hacia la carretera y luego se quedó de pie allí.
Granny se quedó en el porche.
Granny caminó 100 pies desde la casa.
La abuela se alejó de la casa.
La historia de la que hablaré hoy es sobre mi padre y las diversidades culturales que tuvo cuando se mudó a Estados Unidos.
No quiero hablar sobre mis padres.
Te contaré sobre la experiencia de mi padre como inmigrante.
Te diré lo que sucedió cuando mi papá se mudó aquí desde México.
Seguía siendo una zona cultural, pero los suburbios aún eran la forma dominante.
Todo ello era muy urbano.
La mayor parte de la zona estaba llena de casas baratas.
La mayor parte de la zona era zona residencial periférica.
Y entonces le escuché irse, por lo que aún estoy acabando lo que tenía que hacer.
Estoy haciendo lo que debo hacer hoy.
Estoy haciendo los trabajos importantes que me asignaron esta mañana.
No voy a molestarme en hacer esto.
Y encontraron esta casa o este bloque de apartamentos o lo que sea, para que pudieran vivir, y estaba justo en el borde de Broad Street.
Vivían en una casa blanca en Broad Street.
Ellos vivían en Broad Street.
Vivían en Main street en una tienda de campaña.
No explotaría sin el gatillo.
El gatillo hace que explote.
El detonador hace explotar la bomba...
No hay gatillo para disparar.
Entonces, cuando le dijeron que se tenía que ir a casa con este tipo, ella dijo: ¿Irme a casa con él?
Dijeron que todavía no podía ir a ningún lado
Le dijeron que tenía que dormir con el hombre.
Le dijeron que se fuera con el hombre.
Y nuestro padre siempre nos dijo que no hay que decir que son animales.
Nuestro padre dijo que no los llamaran animales.
Nuestro padre dijo que eran animales.
Nuestro padre dijo que eran criaturas, no animales.
No me importa si no sabes nada de esto.
Sé que no estás obsesionado con esto.
¡Creo que deberías cambiar de opinión e interesarte mucho más en esto!
No me preocupa si no sabes nada al respecto.
Incluso no veo cómo podía haber esperado que yo lo hubiera hecho.
No entiendo por qué esperaba que yo terminara el dibujo hoy
No entiendo por qué él pensó que yo lo terminaría.
Sé que sabía que no terminaría esto esta noche.
Nunca vi, y todavía no sé por qué, a menos que fuera solo por expresar la necesidad de saber lo que estabas haciendo y lo que fuera.
No lo vi.
No vi lo que la persona estaba haciendo el lunes.
¡Vi todo!
Hicieron algunas preguntas, las contesté y me dijeron: Recoge tu equipaje y vete de inmediato a la dirección a la que se suponía que ibas a ir cuando llegaste a Washington.
Me dijeron que debería quedarme en casa.
Me dijeron que tomara mis maletas.
Me dijeron que recogiera una maleta blanca.
Descubrimos que era una aeronave U2, pero no pudimos, no podíamos decir nada sobre lo que era; nada a nuestras esposas, niños, o a nadie.
No pudimos decirle a nadie que el U2 había aterrizado.
Le dijimos a todo el mundo todo acerca del asunto.
No se nos permitió hablar sobre el U2.
Si, si tu mano estuviera expuesta fuera del traje de presión, tus manos tendrían cinco veces el tamaño, si sufrieras una descompresión.
No habrá cambios en tu piel.
Tu mano podría cambiar de tamaño si saliese fuera del traje.
tu mano crecería muchísimo si estuvieras en la luna y la mantuvieras fuera del traje.
¿Hay alguna razón por la que ella no te lo dijo?
Sé que no hay razón para que ella no te lo diga.
¿Por qué razón ella no te lo contaría?
¿Por qué no te hablaría ella sobre el bebé?
Habían empezado con Nueva York para visitar a algunos familiares de este primo, y se quedaron y no sabían cómo volver, así que él se quedó con ellos.
Él nunca visitó a su familia.
Se quedó en Brooklynn con su familia.
Él se quedó con ellos en Nueva York.
No, fue solo una vez por la mañana, y ella dijo que volvería a la oficina.
Ella no mencionó si iba a regresar o no.
Dijo que volvería más tarde.
Ella dijo que volvería a la oficina con el almuerzo.
No sabíamos qué era un U2 y nadie sabía nada sobre un U2.
No sabíamos qué diablos era u2.
No sabíamos cómo llamar lo que vimos en el aire.
¡Lo sabíamos todo acerca de U2!
Mi abuela nació en 1910, fue era una niña pequeña.
Mi abuela nació 10 años después del cambio de siglo.
Mi abuela nació en 1899.
Mi abuela nació el 1 de julio de 1910.
¿Así que se quedó en Augusta después de eso?
¿Permaneció en Augusta?
¿Se quedó en Augusta tras los disturbios?
Sé que abandonó Augusta inmediatamente.
De todos modos, se levantó, tuvimos casi eh, mmm, no recuerdo los números.
No recuerdo cuántos teníamos.
No recuerdo cuántos trabajadores teníamos.
Sé los números exactos para todo
De todos modos, terminé de llegar a casa a las 6:30 de hoy y ese fue mi día.
Decidí volver a casa a la hora del almuerzo y tomarme el resto del día libre.
No hice nada significativo después de las 6:30 de hoy.
Pasé la mayor parte del día lidiando con un problema complicado de facturación al cliente.
Y entonces ella se sentó, y, sabes, seguían charlando, y seguían pudiendo ver a esta persona, y esta persona estaba andando muy, muy rápido.
Ella siguió hablando a sus compañeros de trabajo sobre el hombre que se escapaba.
Ella siguio hablando
Ella permaneció en silencio y miró hacia su escritorio.
Y, eh, si se elevase y siguiera elevándose, haría «güis» y como se te arrancara la cabeza.
Si hay una oleada de electricidad, es muy peligroso para cualquiera que esté cerca.
Si hay una sobrecarga, hay un ruido que la acompaña.
Solo surgirá una vez.
No tengo suficiente información.
Tengo toda la información que pudiera necesitar.
Necesito más información para decidir qué tipo de coche quiero comprar.
Necesito reunir más información sobre esto.
Te volveré a llamar dentro de una hora más o menos, dice.
Dijo que llamaría cuando llegase a casa.
Dijo que devolvería la llamada.
Dijo que habían terminado de hablar.
Por supuesto, allí me preguntaron por qué había ido.
Me preguntaron que por qué había ido allí.
Me preguntaron por qué fui a la tienda.
Me preguntaron por qué me había quedado en casa.
Tengo que empezar a entrenarme en la carrera.
No necesitaba ninguna preparación.
Tuve que aprender a completar la carrera de obstáculos.
Tenía que empezar a prepararme.
Bueno, de todos modos, volví a mi, mi escritorio.
Me negué a sentarme de nuevo.
Regresé a mi asiento.
Regresé y me senté porque mi jefe me dijo que lo hiciera.
Vaya, así de confidencial era.
Si alguien aprendiera la información, sería encarcelado.
Era información pública.
Fue muy clasificado.
No quisieron permanecer cautivos.
Ellos habían sido capturados en algún momento pero querían escapar.
Habían sido detenidos en relación con un robo reciente.
Todos estaban aterrados de ser liberados de la custodia.
Pues me llevó como una hora o dos encontrar justo lo que necesitaba.
Lo encontré en solo unos segundos.
Me llevó mucho tiempo porque el libro era muy grueso y confuso.
Tardé un tiempo en encontrarlo.
El soporte fisiológico difiere del soporte de vida en que maneja las cámaras de altitud que ejecutan pilotos de hasta 80.000 pies, en cámaras de gran altitud, y lo trae de regreso.
Los pilotos son evaluados en cámaras de altitud.
Los pilotos tienen que ser probados en cámaras de altitud unas 20 veces al mes.
La cámara de altitud ha sido retirada.
Y, uf, se mudaron al centro y uf, hubo un uf, y sigue siendo así en Augusta, esa calle grande del centro que se llama Broad Street, y de verdad que es solo esta calle ancha de una parte central.
Dejaron Augusta y se fueron a Atlanta.
Fueron al centro de la ciudad a la calle principal.
Fueron a la calle que tenía más restaurantes y bares.
Eso fue mi liada.
Lo hice sin cometer ningún error.
Cometí un error cuando envié los formularios.
Cometí un error.
Ella es como, pero tienes que mirar aquí, mira aquí, ella me da como tres lugares diferentes para mirar en el ordenador.
Ella no tenía ni idea de dónde mirar.
Ella me dijo que las carpetas estarían en el escritorio.
Ella me dijo dónde buscar.
oh, fue Snake River, oh Snake River con muchas serpientes en él
A pesar de su nombre, en Snake River no hay serpientes; se llama así por su forma de S.
Snake River tiene muchas tortugas mordedoras.
Snake River está lleno de serpientes.
Sí, tengo una cooperativa de crédito
Tengo una cooperativa de crédito a la que voy.
Visito mi cooperativa de crédito con frecuencia.
¿Qué es una unión de crédito?
exactamente, es un estado activo, no es algo en lo que, ya sabes, puedas estas involucrado con pasión y esperar hacer algo bueno, realmente no lo creo
Creo que debes dedicar 10 horas al día para ser bueno en esto.
Creo que debes estar dedicado a ello para hacerlo bien.
No pasa nada si realmente no te lo tomas en serio.
y que lo que pienso que va a ser realmente interesante es lo que hacemos sobre ello, quiero decir que vamos a tener que cambiar a la gente que nos representa
Seguro que será aburrido y no merecerá la pena cambiar a los que nos representan, así que no deberíamos ni siquiera intentar cambiar.
Creo que será un desafío cambiar a nuestros representantes, pero al final valdrá la pena.
Debemos cambiar a aquellos que nos representan.
Y pueden ser muy agradables también después de que hayan sido entrenados.
Se vuelven endurecidos y fríos una vez que completan el entrenamiento.
Cambian rápidamente mientras estan en entrenanamiento
Cuando se entrenan, pueden ser bastante agradables.
Y puede continuar por diez veinte años. Creo que esto es un poco ridículo.
Creo que es una locura que una demanda pueda durar tantos años.
Creo que es una locura que pueda durar tanto tiempo.
Solo dura una semana.
sí, debes haber tenido uno inalámbrico
Corrige que el que tenías era inalámbrico.
El que tenías era definitivamente una versión con cable solamente.
Es posible que haya tenido uno con un cable opcional.
¿Estás diciendo que los profesores o los padres...?
¿Estás diciendo que lo hicieron los estudiantes o el ayudante del profesor?
¿Son los maestros o los padres?
¿Qué estas insinuando acerca de los padres y los profesores?
Además, probablemente miraría algo, oh, tal vez un V seis
Estoy considerando ver un V6.
Creo que un V6 es la mejor manera de hacerlo.
Jamás tendría en cuenta un V6.
Bueno, supongo que supongo tan bien que no sé, realmente no he resuelto todos mis sentimientos en las pruebas de drogas uh soy totalmente heterosexual nunca consideraría tomar drogas
Estoy firmemente en contra de las pruebas de drogas, no tengo dudas al respecto.
Si me realizan prueba de drogas, creo que saldré bien.
Creo que sí, pero no he pasado por mis emociones con respecto a los tests de drogas.
preocúpate por cómo afectan las noticias nacionales a la zona local
Preocupado por los lugares locales que se ven afectados por las noticias nacionales.
No podria importarme menos lo que las noticias nacionales cubren con respecto a nuestras areas locales
Los periódicos nacionales hacen que nuestros locales parezcan atrasados.
pero no, nosotros usualmente, ya sabes, falda y falda y blusa o traje o vestido es lo que ves por aquí así que está bien trabajar en casa porque puedo ir en ropa interior
No me visto cuando trabajo en casa.
No uso nada más que sudaderas cuando trabajo en casa.
Todavía uso vestidos cuando trabajo en casa porque me siento más elegante.
Sí, tener un sitio donde vivir tiene algo que no sé cómo explicar.
Tener un lugar para vivir es un sueño hecho realidad.
Realmente no me importa si tengo un lugar para vivir.
Es bonito tener un lugar donde vivir.
Sí, sí, sí, ya sabes, ni siquiera me importaría tanto si tuvieran una corporación financiada.
Sería fácil averiguar si la corporación fue financiada.
Me enfadaría saber que habían financiado la corporación.
Si la corporación fuera financiada, no me molestaría.
sí, es nuesto esto esto de arriba tenemos nuestras relaciones rurales que son muy malas
Las conexiones de por aquí a veces están bien.
No se consiguen buenos contactos por aquí.
Tenemos las mejores conexiones de la zona.
y más o menos me gusta la alubia carilla pero no creo que sea una cadena
No me gustan los frijoles de ojo negro.
Quizás revisé más tarde 'Black Eyed Pea'.
El Black Eyed Pea es agradable, creo que es corporativo.
pero, por otro lado, hemos comido un montón de mapaches y zarigüeyas y tortugas de todo tipo
No como ningún tipo de carne.
He comido animales inusuales como tortuga, mapache y comadreja.
He probado muchos tipos diferentes de animales como comida.
uno de los beneficios que obtenemos es, por supuesto, viajar.
Viajar es mi parte favorita de esto.
Viajar es un beneficio que obtenemos.
No obtenemos ningún beneficio.
Es realmente malo, eh.
He oído que no es bueno.
Es horrible.
No está para nada mal.
Sí, fue bastante razonable
No, creo que eso es una locura y algo muy irracional.
Sí, fue muy aceptable.
Sí, reconocemos que fue difícil pero, al final, salió bastante bien.
Así que usualmente nos encontramos en la cabaña de mi tío en el lago y nos quedamos un par de días allí.
Vamos un par de días a la cabaña.
Vamos a la cabaña en Minnesota.
Nunca hemos estado en la cabaña.
exacto, y me sentí muy halagado hasta que me dijo que la compañía con la que estaba
No me gusta la compañía con la que ella está.
Ella no me halaga en absoluto.
Ella me hizo sentir bien hasta que descubrí con quién estaba.
has leído The firm
¿Leíste La Firma?
¿Has leído The Soft?
¿Te gustaría tomar prestada mi copia de La firma para leerla?
Sí y solo como que lo guardamos ay algo como uy fue un cumpleaños sorpresa para ella eso fue
Le encantó la fiesta sorpresa.
No hicimos nada por su cumpleaños.
Le hicimos un cumpleaños sorpresa a ella.
No sé si vienes de Texas, probablemente no lo sé, no debería hacer estereotipos, pero el control de armas probablemente está un poco mal visto allí, pensaría
El control de armas probablemente no es popular en Texas.
No creo que el control de armas molestaría a la gente en Texas.
Texas debería tener leyes de control de armas más fuertes.
uh-huh oh ella es genial ella es tu sabes que es un personaje ella se sentara con cualquiera ella jugara con cualquiera
Ella está dispuesta a sentarse o jugar con cualquiera.
Ella normalmente juega al póquer o al blackjack, pero a veces juega al scrabble.
Ella se niega a sentarse al lado de alguien que no conoce.
Por supuesto que eso podría aumentar el crimen, ya sabes, y la gente entra y te roba la televisión y la vente porque ya no pueden trabajar más, ya sabes
La gente trabajará si tienen la oportunidad.
Eso podría causar el aumento del crimen.
Esto causará un descenso en el crimen.
sí, tenían un montón de cosas que más o menos se rompieron al mismo tiempo
La mayoría de sus cosas se rompieron al mismo tiempo.
Ninguna de sus cosas se rompió.
Algunas de las cosas que se rompieron eran valiosas.
pero, mmm..., así que te gustan diferentes comidas ¿eh?
¿Te gustan diferentes tipos de comida?
Te escucho decir que no te gusta probar comidas nuevas.
Debes disfrutar de probar diferentes comidas técnicas.
eh, ¿cómo crees que los periódicos de Colorado Springs tratan las noticias de interés local?
¿Crees que los periódicos locales no están interesados en lo que los ciudadanos tienen que decir?
¿Qué piensas de los periódicos nacionales y su cobertura mundial?
¿Cuál es tu opinión sobre cómo los periódicos tratan las noticias locales?
sabes otra ventaja que se me acaba de ocurrir. No le saqué tanto partido al menos aún en empresas grandes a veces pagarán como por la educación
Valdría la pena trabajar para una empresa más grande si me dieran dinero para la universidad.
Ninguna compañía ayuda con los costes de la educación, independientemente de si son grandes o pequeños.
A veces las compañías más grandes te ayudan a pagar la educación.
bien, ¿por qué no empiezas? Porque has tenido más tiempo para pensar en ello, si no te importa
¿Por qué no nos explicas tu libro a todos?
¿Por qué no vas tú primero?
Deberías ir de último porque no sabes nada.
ajá, crees que estás eh eh decepcionado o contento con eh eh el trabajo de las noticias de las cadenas de televisión
¿Estás contento con la cobertura de las noticias de la red?
Supongo que nunca ves las noticias de la red.
Creo que las redes le dan vuelta a las noticias para hacerte pensar lo que quieren que pienses.
Sí, no lo hago bien, ¿qué es lo que pasó en la derrota en diciembre pasado? ¿o por cuántos votos? ¿o por unos pocos cientos de votos?
Fue rechazado porque la gente no quería salir a votar.
Perdió no por muchos votos.
Pasó por un margen de 99 %.
oh, mmm..., no, pero sí tienen carreras de heno en las pistas de Oaklawn
Las carreras de caballos son divertidas.
Hay carreras de caballos de heno en las pistas de Oaklawn.
No hay carreras en las pistas de Oaklawn.
pero sé que en algunas, en muchas áreas rurales, no son tan buenos
No son muy buenos en las zonas rurales.
Son todos buenos en las zonas urbanas.
Son muy buenos tanto en áreas urbanas como rurales.
bien, pasarán por la ranura
Se escurren con facilidad.
Salen al aire libre.L
Van a la basura.
es un veinte por ciento de interés
¿Podría el interés ser más del 20?
¿Es el interés del 20 por ciento?
No hay interés.
ahora bien este es uno de los mejores disuasores para los ladrones, el vecino ruidoso y si ese vecino tiene un perro ruidoso ese también es un disuasor porque saben que ese perro ladrará.
A los ladrones no le gustan los perros porque son ruidosos y suelen morderles.
A los ladrones no les gustan los perros.
Los ladrones saben que los perros se calmaran pronto.
eh-eh es gracioso y yo supongo que me gustan principalmente los espectáculos divertidos en su mayoría
No me gustan los espectáculos divertidos.
Me gusta ver programas divertidos.
Puede que tenga que ver este nuevo programa de comedia.
No lo sé, vale, bueno me ha gustado hablar contigo y que tengas una buena noche.
¡Espero que tengas una mañana maravillosa! Fue lindo chatear contigo en línea.
Creo que sé por qué no me siento bien, pero no quiero decírtelo.
No estoy seguro, pero estoy bastante bien. Estuvo bien hablar contigo esta noche.
volvimos de eh eh Grand Rapids en donde se graduó uno de nuestros hijos
Grand Rapids es un lugar bonito.
No tenemos un hijo
Fuimos a Grand Rapids para ver a nuestro hijo graduarse.
¿Acampas en la naturaleza?
¿Asististe al campamento en el desierto?
¿Fuiste al campamento interior?
Pensé que habías ido al campamento.
parece que, potencialmente, solo está empeorando, esto...
Está empeorando poco a poco.
Parece que está empeorando.
Está mejorando.
Y realmente odio perderlos, pero ese es uno de los riesgos que supongo que tienes por tener un patio.
Tener un jardín no es todo diversión y juegos, pero yo lo disfruto.
No deseo perderlo, pero eso es lo que podría suceder cuando tienes un jardín.
Cuando tienes tu propio pedazo de tierra ya no tienes nada que perder.
etiquétalos o te dirán qué hacer; te dirán qué hacer, pero tendrás que hacerlo todo por ti mismo
Después de que te digan qué hacer, sigue adelante y hazlo por ti mismo.
No te dicen cómo hacerlo en absoluto.
Dan instrucciones decentes sobre cómo hacerlo.
no solo abogados sino también oficiales de policía y jueces y toda la profesión jurídica en general
No tiene nada que ver con nadie involucrado en el sistema legal.
Cada uno es implicado en el sistema judicial.
La mayoria del sistema legal esta involucrado, una gran mayoria siendo esta de la policia.
y, mmm..., fueron dos mil quinientas personas cuando me uní y, mmm...
Cuando me convertí en miembro, ya pertenecían al menos 2500 personas.
Creo que cuando me uní había al menos unas cuantas personas que conocía.
Solo hay un centenar de personas que se han unido.
oh, sí, y yo iba a decir que, esto, volaré, lo que, osea, creo que se suponía que, esto, iba a pillar a algunos de los mismos espectadores como, osea
Realmente ni siquiera sé qué elegiría.
Yo elegiría I'll Fly Away.
I'll Fly Away es mi película favorita y la veo semanalmente.
Sí, pero no creo que vayamos a hacerlo porque es que no se pueden obtener estaciones locales y esa es la noticia en la que estamos más interesados.
El precio es bastante bueno.
Definitivamente, vamos a tener que ver nuestras noticias locales.
No lo queremos porque nos gustan las noticias locales y no tiene estaciones locales.
Me temo que creo que su nombre era Anderson, era el caballero que corrió para un tique independiente contra Reagan y
Anderson venció a Reagan.
Anderson se enfrentó contra Reagan como un independiente.
Había otros billetes independientes que funcionaban igual de bien.
sí, creo que el consumo es mucho más bajo, quiero decir que puedo seguir y seguir con un depósito de gasolina
Son más económicos porque son realmente buenos en gas.
El consumo de combustible es terrible, y constantemente pago por gasolina.
También son los mejores coches de por aquí.
Hace unos años yo estudiaba allí y pasé un semestre estudiando en el extranjero, en Londres
Hace un par de años estudié en Londres durante un semestre.
Nunca había estudiado en el extranjero antes.
Los colegios de Londres son los mejores.
pero hicieron algo un poco diferente con ellos
Hizo lo mismo que el resto.
Su forma de usarlos era mucho mejor.
Hicieron cosas con ellos un poco diferente.
Nunca he podido hacer nada con pasteles.
No puedo usar los pasteles.
¡Nunca me podría quedar sin ideas para un pastel!
Ojalá pudiera hacer algo con los pasteles, pero no los utilizo.
bueno, tengo una VCR y he tenido que devolverla un par de veces por el fallo del mismo componente y eso que aún no muestra la mejor de las imágenes
Tengo una videograbadora que sigue funcionando.
Mi videograbadora funciona a la perfección.
La videograbadora solo funciona durante aproximadamente una semana y luego se rompe nuevamente.
Eh, esto está bien, fue real; es divertido, fui a un seminario que era eso, era un seminario de satélites, estuvo muy bien y era solo para mujeres
Realmente no me gustó el seminario que se hizo por satélite.
Fui a un seminario que se hizo vía satélite.
Había un montón de gente asistiendo al seminario sobre el satélite.
Sí, porque definitivamente había pasado por la fábrica, pero eh.
Desearía que esto no tuviera que suceder ya que era muy desalentador.
¡Sí! ¡Consiguió hacerlo sin solo rasguño!
Sí, está claro que ha pasado por mucho.
vaya, oh vaya, eso es interesante. Tú... ¿fuiste a clases para aprender cómo hacer eso?
Apuesto a que aprendiste tú mismo cómo hacerlo.
Eso es tan lamentable, me alegra que no sepas cómo hacerlo.
¿Dónde aprendiste a hacer eso?
Con los otros hemos hecho con algunos amigos una especie de Día de la Madre donde tomaron turnos.
Fue para el Día del Padre y Ellen siempre lo cuidó.
Algunos amigos celebraron el Día de la Madre.
Unos amigos se turnaban para servir el brunch del Día de la Madre.
acaso sabemos lo que vamos a decir
¿Sabes qué guión nos van a dar para leer?
Sé que no tenemos ni idea de lo que diremos.
¿Qué estamos haciendo para decir?
sí, claro, no estaban hablando de eh... cuando sabes que no puedes cuidarlos, pero sabías que vendrían de grandes familias extensas
Todos cuidan de su propia familia, sin importar lo que pase.
Hay personas que no pueden ocuparse de los familiares mayores dado que sus casas tienen demasiadas escaleras.
Algunas personas no pueden cuidar de otras personas.
uh-huh, todo bien, adiós
¡Adiós!
Ha sido genial hablar contigo y hablaré contigo mañana.
Sigamos hablando
vale, y tienen una buena lasaña
¡La lasaña es la peor cosa que he probado!
Su lasaña es excelente.
Su lasaña es genial debido a la salchicha picante que usan.
es solo que desde que estoy apretado con el dinero ahora mismo ni siquiera me doy un gusto
No tengo mucho dinero en este momento.
Tengo un montón de dinero en este momento, así que quiero ir de compras.
Solo tengo 20 $ hasta el día de pago.
Sí, algún grupo de interés especial.
El grupo está interesado en muchos temas diferentes.
El grupo está interesado en temas ambientales.
El grupo está interesado en el asunto.
um, no hay nada de malo con ser un padre que da todo lo que tiene a uh a uh una persona como uh como como tú
Está bien que un padre le dé muchos regalos.
Está bien que los padres respalden a sus hijos hasta que puedan hacer las cosas solos.
Los padres deberían mantener todo lo que tienen y no compartirlo.
Cuando yo estuve allí, Texas solo tenía cincuenta y cinco mil.
Nunca antes había estado en Texas.
Viví en Texas en la década de los 80.
Solía estar en Texas.
costoso, puede obtener una gran cantidad de dinero en ese tipo de cosas, especialmente las cosas buenas
No vale nada porque es basura.
Te pueden pagar mucho por eso.
Puede recibir un montón de dinero si tiene las mejores telas.
discúlpeme que pagamos por cualquiera que conozca. La manutención de niños, pero no pagamos tanto como lo hacen fuera de la base.
Los cuidados infantiles cuestan 2000 $ más que los básicos.
El cuidado infantil es más barato en la base.
El cuidado de niños es gratis desde la base.
eh, uh, sí, así que tienes un letrero ahí que dice que tienes este sistema de alarma y qué si un ladrón llega y corta tu línea telefónica
No es una buena idea poner carteles diciendo que tienes una alarma.
La compañía de alarmas le da señas para poner en cada ventana.
Hay una señal que dice que tienes una alarma.
Sí, tenemos, entre el cónyuge y yo, tenemos seis
Estoy soltero, nunca me casé.
Mi marido y yo tenemos seis hijos en total.
Mi esposa y yo tenemos seis de ellos.
sí, bueno, no es que no sea legal llevar una pistola en Texas, no lo es, pero puedes tenerla en tu casa
Es un delito tener una pistola en público en Texas.
¡En Texas puedes portar un arma de mano donde quieras!
No puedes llevar una pistola en Texas fuera de tu casa.
oh, bueno, en cierta manera tengo un ordenador mío, tenemos dos PC en casa pero ninguno de los dos es realmente mío, tampoco ninguno está relacionado con el trabajo y
No tengo ningún dispositivo electrónico.
Tengo un ordenador Apple y un HP en casa.
En mi casa tengo dos ordenadores.
y, mmm..., a veces es bonito salir y comer una ensalada
¡Nunca como ensalada, qué asco!
De vez en cuando me gusta comer una ensalada vegetariana en la terraza.
De vez en cuando me gusta comer ensalada.
y uh así que realmente disfruté
Eso realmente me gustó.
Me encantaría tener otra porque me pareció muy buena.
¡Era más que asqueroso!
Wow, tal vez debería ir a verlo en el teatro y planear ir a cenar después para poder sentarnos y hablar sobre eso
¡Para nada quiero ir a ver esa película!
Podemos ir a comer comida china después de ver esa película nominada al Oscar.
Podemos ir a cenar después del espectáculo.
y ellos más o menos saben lo que entras, sabes y se aseguran de no comprar más allá de la cuenta
Son conscientes del dinero que tienen como ingresos.
No tienen idea de cuánto dinero están recibiendo.
Ellos saben que están ganando 2903$ al mes.
bueno, definitivamente los mantendremos pobres y pisoteados e indefensos
Nuestras acciones les impiden mejorar.
Los estamos alentando e inspirando cada día.
Lo hacemos tan mal que la gente no logra tener éxito en nuestra sociedad.
es algo así como un jabón, una cosa tipo de telenovela nocturna
Es un programa nuevo muy serio.
Es como una telenovela.
El espectáculo se parece mucho a Days of Our lives.
Sí, siempre dije que si moría, bien, siempre dije que si moría, volvería como perro que sería la mejor manera de ser
No creo en ningún tipo de vida después de la muerte.
Creo que la mayoría de las personas que mueren regresan bajo la forma de un animal.
Si muero, siempre creo que seré reencarnado como un perro.
mmm..., bien, y yo iba a decir que hay algunas otras áreas que podrían cortar, tú lo sabes, yo no, no necesariamente tendrían que cortarlo allí
Pensé que deberían recortar en gastos de comida y no en libros.
Iba a proponer otros cortes.
¡No hay nada más que puedan cortar!
el último contrato que se le concedió a Virginia tiene una demanda contra Gratin para que deje de construir porque se obtuvo de forma fraudulenta o algo parecido, como sabes
Los contratos han sido muy complicados.
Los contratos han levantado muchas banderas rojas con los abogados.
Todos los contratos fueron firmados sin problemas.
Espinosa tuvo muchos romances en California en la década de los 20.
Espinosa revendió estos romances en Francia con un beneficio saludable.
Espinosa estuvo interesado en recopilar romances.
Esponosa murió en 1900.
Estos compuestos avanzados de dispositivos moleculares surgieron porque la selección natural puede actuar sobre las propiedades colectivas de dichas adiciones moleculares cuando aumentan la idoneidad adaptativa.
Todos los dispositivos moleculares son igualmente complejos.
Bajo determinadas condiciones pueden surgir dispositivos moleculares más complejos.
Estos dispositivos moleculares se usan principalmente para producir varios venenos para protección.
Pero no creo que ninguna de esas herramientas de algoritmos pueda ser implacable.
El algoritmo no puede decidir cómo hacer un bocadillo perfecto sin un criterio humano.
No hay ninguna herramienta que pueda resolver este problema del todo por sí sola.
Estas herramientas funcionan sin problemas bajo cualquier circunstancia.
La ley no redime al individuo sino a la comunidad o a la nación como un todo.
Para subsanar un error, las personas deberían recurrir a la ley.
La ley redimirá a América.
La ley salvará a la comunidad y a la nación.
El texto constitucional de 1787 estipulaba el derecho de los propietarios de esclavos a recuperar a los esclavos que habían escapado a territorio libre.
En 1787 se aprobó una ley que no permitía reclamar esclavos que habían llegado a tierra libre.
Parte del texto de la constitución fue escrito en 1787.
El derecho a recuperar esclavos de territorios libres no era un derecho popular.
Steve Harris, un biólogo molecular de Texas estaba de visita.
Steve Harris se negó a dejar su casa por ninguna razón.
Steve era un biólogo de fuera de la ciudad.
Steve estaba visitando California para estudiar una nueva muestra.
La membresía eran entre 30 y 50 hombres adultos por capítulo (llamados moradas) y estaban divididos en dos miembros comunes llamados hermanos disciplantes (hermanos que disciplinan) y oficiales, llamados hermanos de luz.
En cada capítulo sirvieron más de cien agentes.
Las sucursales contenían tanto miembros comunes como oficiales.
Estas unidades fueron responsables de la conversión de las poblaciones nativas de América Central.
Para los niños de 4 y 5 años, las preguntas más a menudo abordan la organización narrativa (¿Qué sucede después?
Los niños generalmente no aprenden a comunicarse hasta la edad de seis años.
A los niños de cinco años les preocupa lo que suceda a continuación.
Los niños de cinco años se consideran, generalmente, conversadores pobres.
Intuitivamente, el flujo ligeramente convergente en el espacio de estados permite clasificación cuando dos estados convergen en un único estado sucesor, esos dos estados se han clasificado como equivalentes por la red.
El flujo convergente permite la clasificación.
El flujo convergente está influenciado por la población.
El flujo de convergencia evita la clasificación.
Por eso, crearon continuamente un mundo no estacionario en el que solo tiene datos válidos el pasado relativamente reciente.
Un mundo no estacionario no es deseable para algunos si debe dar cuenta de la información del pasado distante.
Todos los datos de cualquier espacio de tiempo son válidos para cualquier mundo.
Estos mundos hipotéticos se usan para pronosticar patrones climáticos.
En el último capítulo, fui más allá de la preocupación principal respecto a agentes autónomos para considerar el universo en sí.
En el último capítulo, solo analizo cuántas lamidas tuvo que hacer para llegar al centro de un Tootsie Roll Pop.
En el último capítulo me pregunto cuánto es el universo responsable de las excentricidades del comportamiento humano.
En el último capítulo, consideré el universo mismo.
Y, por lo tanto, el estado no era responsable de estas personas privadas que niegan los derechos sociales a los ciudadanos negros.
Algunas personas particulares negaron los derechos sociales a los ciudadanos negros.
Las personas privadas eran blancas.
El estado era completamente responsable del comportamiento de las personas privadas.
No hay diferencias en las pruebas de logro académico entre los compañeros de clase más jóvenes y los mayores.
Si bien los resultados de las pruebas para los compañeros de clase jóvenes y mayores son los mismos, los compañeros más jóvenes terminan la prueba más rápido
Los compañeros de clase jóvenes y viejos logran los mismos resultados en los puntajes de las pruebas.
Compañeros jóvenes y mayores tienen diferentes resultados en los exámenes porque la edad es un factor
En la orden legal postbélica, el mismo resultado se deriva de los principios constitucionales federales.
Los principios de la constitución federal son lo que provocaron el mismo resultado que la orden legal posterior a la guerra.
El orden legal posbélico terminó en el mismo resultado debido a los principios de la constitución federal de Barbados.
El orden legal anterior a la guerra tuvo resultados muy diferentes a pesar de proceder de los principios de la constitución estatal.
Darwin comienza con la vida aquí ya.
Darwin empezó centrándose en los peces.
Darwin comenzó con vida que ya existía.
Darwin solo se enfocaba en estudiar cosas muertas.
La causa más común durante la niñez y los años preescolares es la otitis media repetida, o infección del oído medio.
La infección del oído medio es la enfermedad más habitual entre los niños pequeños.
La otitis media es increíblemente rara durante los años preescolares de un niño.
La mayoría de los niños tendrá una infección del oído medio.
Cuando la sociedad civil hace oídos sordos, las ideas locas pierden su ventaja.
Las ideas locas son menos agudas cuando son ignoradas por la sociedad civil.
Las ideas locas se vuelven más populares entre la sociedad civil cuando son ignoradas por la sociedad civil.
La mayoría de las ideas locas son ignoradas por la sociedad civil.
McKim, para su disgusto, no solo perdió, sino que quedó tercero detrás de Howard y Cauldwell.
Howard y Cauldwell eran mujeres.
McKim estaba muy feliz porque terminó primero.
McKim fue humillado porque terminó tercero.
Ciertamente, una parte de lo que necesitamos es una forma de distinguir la organización de procesos reales en el mundo del no equilibrio.
Necesitamos etiquetas para que podamos ver dónde está funcionando bien la organización.
Tenemos que etiquetar a la organización.
No deberíamos etiquetar nada.
Formada por un núcleo de tres o cuatro machos, con algunos miembros externos, una «palomilla» era una unidad social importante que se mostró como un espacio seguro para jóvenes para bromear y expresarse.
Palomillas permitia que los jóvenes se expresasen.
Palomillas consistía únicamente en muchas mujeres de edad avanzada que contaban historias sobre las sartenes.
Los jóvenes de Palomillas contaron chistes de caballos.
Pero considera pan y mantequilla.
Piensa en el desafío del pan y la mantequilla Wonder.
Piensa en el pan y la mantequilla.
Piense solo en las pasas y las frituras de maíz y nada más.
Dos ideas americanas para proteger la bandera y celebrar la libertad de expresión, que posiblemente se convertirían en el foco respecto a las formas más contradictorias de ser americano.
Todos los estadounidenses tratan la bandera con respeto.
Los estadounidenses odian la bandera.
Los estadounidenses quieren proteger la bandera.
Bato' es una palabra de hace siglos que se puede traducir como hombre o amigo.
Vato es la ortografía preferida.
Bato (o vato) es una palabra en español que significa chico o amigo.
Batos son lesbianas.
Tenemos modelos matemáticos iniciales que revelan algo acerca de esta organización jerárquica, aunque muchos de los mejores modelos actuales son curiosamente limitados a pesar de su brillantez.
Todo lo que se puede aprender sobre la organización ya es sabido.
Los modelos actuales son excelentes, pero limitados.
Hay mucho más por aprender sobre la organización.
A medida que la arena se acumula, llega un momento en el que alcanza su ángulo de descanso y empieza a extenderse hasta los límites de la mesa.
La arena se levanta en una pila.
La arena siempre es plana y lisa.
La arena es arrastrada por una excavadora.
La biosfera se ha expandido, de hecho, más o menos persistentemente explotó, hacia la posible expansión adyacente.
La biosfera creció 1000 millas.
La biosfera creció.
La bioesfera se achica.
¿No es extraño que no prestemos atención a uno de los rasgos más profundos del mundo que tenemos en frente de nuestra nariz colectiva?
Siempre prestamos atención a todo.
¿No miramos algo tan increíble?
¿No miramos ese famoso edificio?
Las expectativas racionales crecieron, en parte, a partir de un intento de comprender la negociación real en las bolsas de valores.
Cada vez más personas comenzaron a comerciar en bolsas de valores en línea.
Nadie estaba interesado en la negociación real de las bolsas de valores.
La gente estaba tratando de aprender sobre las transacciones en las bolsas de valores.
La relación entre derechos y libertad se da la vuelta de esta manera.
No puedes tener derechos sin libertad.
Los derechos y la libertad no están conectados en absoluto.
Existe una relación entre tus derechos y tu libertad.
La audiencia es invisible; cada espectador está en su pequeño cubículo, llamado sala de estar.
La audiencia está oculta debido a los cubículos.
Puedes ver a la audiencia.
No puedes ver al público.
El final del capitalismo de las plantaciones podría haber llegado con seguridad como la desaparición del comunismo en Europa.
El capitalismo de plantaciones ha terminado.
El capitalismo de la plantación es incorrecto.
No hubo un final del comunismo en Europa.
Comienzo la vida con una dotación de cien peras y mil manzanas.
Tengo más peras que manzanas.
Tengo algo para comer.
La fruta me la dio mi padre.
Tu corazón pasó a estar preadaptado para detectar temblores de terremotos prematuramente.
Los temblores del terremoto pueden ser sentidos por todos.
Los terremotos tienen pretemblores.
Tu corazón no puede recoger temblores previos de terremotos.
Diego siguió sus instrucciones y en la cima del monte encontró unas bonitas rosas de Castilla, aún cubiertas en rocío.
Diego realmente no quiso seguir sus instrucciones.
Diego se negó a hacer lo que ella dijera.
Había rosas en la cima de la colina.
La región sudoeste con las costumbres matrimoniales más investigadas y documentadas es Nuevo México, porque los descendientes de los primeros hispanos han sido conscientes de describir y escribir sus tradiciones.
No quedan registros de las tradiciones de los primeros Hispanos.
Los descendientes de los primeros hispanos escribían usando plumas.
Existen evidencias de que los descendientes de los primeros hispanos sabían escribir.
Hoy en día, el término barbacoa se utiliza solo para referirse a la cocción de la carne en un hoyo. A esto también se le conoce como cocción en hoyo.
El término barbacoa se usa para significar verduras asadas en el horno.
El término barbacoa se usó por primera vez en el antiguo Egipto.
Hay al menos dos términos que significan cocinar carne en un pozo.
Y sin embargo, hoy en día la suposicion común es que se puede confiar en nuestros funcionarios con un mapa racial y étnico preciso de la nación estadounidense.
La suposición de que los funcionarios tienen mapas raciales y étnicos es falsa.
Hay una creencia generalizada acerca de nuestros oficiales.
No hay una suposición común hoy.
Para la Comunidad de Naciones, tan reconocida, digamos que la igualdad con respecto a los derechos de voto en la Asamblea General de las Naciones Unidas se convierte en una norma fácilmente aplicable.
Cada nación tiene derecho al voto.
No hay derechos de voto.
Hay derechos de voto.
El problema de la explotación en las relaciones sexuales aparentemente voluntarias nos ha acompañado hace mucho.
El problema es que la explotación está mejorando.
Puede haber explotación en relaciones sexuales que sea voluntaria en apariencia.
No hay explotación en las relaciones sexuales que son voluntarias.
Mientras se hace esto, se reza.
Nadie reza.
Ocurren otras cosas mientras se dicen las oraciones.
Mientras se lavan las tropas se recitan oraciones.
El vaquero o buckaroo es alguien de occidente y el cowboy es alguien sureño.
El vaquero es un tipo del norte.
El vaquero es del sur.
El vaquero es del sur de los Estados Unidos.
Los miembros de los clubes de automóviles se llaman clubbers, y compiten por trofeos, paseos en caravanas de coches y, a menudo, eventos de recaudación de fondos.
Los miembros de los clubes de automóviles hacen competiciones.
Los miembros de los clubes de automóviles no montan.
Los miembros de los clubes de automóviles venden automóviles.
Durante los años escolares de preescolar y primaria, pensé que está muy enlazado al aquí y ahora.
Los niños de preescolar y primaria suelen soñar con el futuro.
Los niños de preescolar no pueden comprender el futuro.
Los niños de preescolar piensan principalmente en el día de hoy.
Se haría muy grande, nos sacaría de nuestras camas y nunca nos llevaría de vuelta a casa (noviembre de 1974).
Siempre les llevaba de vuelta a casa.
Dio miedo cuando se puso muy grande.
Les sacaron de sus camas.
Lo mismo puede decirse del sentido de nacionalidad.
Lo mismo se aplica al sentimiento de identidad nacional.
El sentimiento nacionalista depende de cómo se administre la economía.
Esto puede aplicarse en cualquier otra parte para guardar el sentido de la nacionalidad.
Por ejemplo, yo tengo deseos de que sería más feliz con más peras que manzanas.
Me gustarían peras más que manzanas.
Preferiría comer cien peras antes que una manzana.
Prefería tener 10 peras que 10 manzanas.
Por el contrario, si los nuevos precedentes nunca se extienden, la ley común difícilmente podría evolucionar.
Las nuevas leyes son originales.
Los griegos y los romanos tenían leyes que usamos hoy en día.
La ley hace tiempo que está en vigor.
Charles F. Lummis (1859-1928) fue un reconocido defensor del folclore mexicano en el suroeste y California. Fue un fotógrafo, etnólogo, musicólogo, periodista autodidacta y fundador del Southwest Museum en Los Ángeles.
Charles F. Lewis no pudo leer.
Charles F. Lummis era un fotógrafo.
Charles F. Lummis era gracioso.
porque a imagen de Dios hizo a Adán.
Adán fue creado para parecerse a Dios.
Adam estuvo encantado de ser creado a imagen de Dios.
Eva hizo que Adán usara su propia imagen bella.
Esa puede ser nuestra torre de control, sugiere a Vance, señalando a una esquina en una estantería.
Los niños juegan con aviones de juguete
Alguien está ignorando a Vance.
Alguien esta hablando con Vance
Me dirijo, en el apartado final de este capítulo, a otro puzle sobre lo que yo llamo un juego natural.
No podría abordar el juego natural en este capítulo.
No tengo la solución para el enigma del juego natural.
Este capítulo tiene material sobre el juego natural.
22 A pesar de estos estrictos estándares de legislación con niveles salariales actualizados de vez en cuando, las violaciones generalizadas en los lugares de trabajo de prendas de vestir se han convertido en algo común en los años noventa.
En el año 1980, todas las industrias y tiendas de indumentaria se cerraron permanentemente.
No hay suficientes inspectores para controlar infracciones en los lugares de trabajo de la sección de ropa.
Los niveles salariales en la industria de la indumentaria no están estancados.
Si la expansión inicial es exponencial, después se ralentiza a linear, como en la hipótesis inflacionaria o quizás en este enfoque puramente cuántico, entonces el problema de partícula-horizonte puede desaparecer.
Es posible que el problema del horizonte de partículas desaparezca.
Las matemáticas para una expansión exponencial inicial son complejas.
El problema del horizonte de partículas siempre está presente, independientemente del modelo de expansión inicial.
En San Antonio la actuación de Los Pasores en la iglesia de Nuestra señora de Guadalupe está presente desde 1913.
La representación nunca se hace en San Antonio.
El rendimiento se detuvo en 1987.
Hay varias actuaciones al año.
Por supuesto, si no pudiéramos solucionar nuestras formas elegidas de vivir, estaríamos muertos.
Ingeniárselas para mantenerse económicamente no es fácil.
Los humanos siempre pueden sobrevivir a cualquier situación, incluso cuando no se están ganando la vida.
Tenemos que descubrir cómo vivir, para sobrevivir.
A su vez, el objeto debe estar en la máquina unos minutos, y luego la máquina durante minutos, y así.
Si el objeto no permanece en la máquina durante unos minutos, explotará.
El objecto no puede estar encima de la máquina.
El objeto debe estar en la máquina durante más de un segundo.
El crecimiento económico es parte fundamental de la creatividad del universo como un todo.
El crecimiento económico es un monstruo de un tipo muy particular; una entidad independiente del universo.
El crecimiento económico modela muchos sistemas naturales que se encuentran en el universo.
Uno no puede separar el crecimiento económico del universo.
La conexión entre la nación limitada y la igualdad sin límites tiene connotaciones paradójicas.
La nación limitada solía estar aislada.
La nación no está conectada a la igualdad sin límites.
La nación no está alcanzando todo su potencial.
En este poema, Joaquan vive y se escapa en un barco de México o América del Sur y el cuerpo que es decapitado es de hecho el de su buen amigo, Ramen.
En el poema, Joaquan vivía en su coche.
Joaquan no esperaba que el cuerpo fuera el de su amigo.
El cadáver pertenece a Ramen.
Los críos estamos construyendo nuestro mundo juntos, literalmente.
Cada ser viviente afecta el mundo en que vivimos
Los seres vivos componen el mundo como lo hacen las plantas y los árboles. Pero podemos cambiar los efectos que causamos.
La gente no vive en el mundo, está compuesto solo de animales y plantas.
Clean significa limpiar, y una limpieza es similar a una barrida.
Aunque barrida y limpia son similares, hay muchas cosas que los distinguen entre sí.
'Limpiar' quiere decir 'bailar'.
La palabra que significa to clean es limpiar.
Entonces Shannon tomó el logaritmo del volumen en el espacio de mensaje ocupado por un mensaje y lo multiplicó por la probabilidad de que ese mensaje se enviara desde la fuente.
Shannon determinó que el mensaje provenía de una fuente negativa.
Shannon hizo cálculos sobre el mensaje.
Shannon ignoró el mensaje.
Como veremos en ambos casos, parece que algo profundo está sucediendo en el universo que no está finitamente preestablecido.
Parece algo profundo en el universo.
El universo en un lugar muy confunso.
No está sucediendo absolutamente nada en el universo.
Una tercera característica, una convergencia versus una divergencia a lo largo de los flujos en el espacio de estados que caracteriza el régimen ordenado frente al caótico, es quizás la más importante para nuestras discusiones futuras.
Lo más importante en nuestras discusiones futuras es la tercera característica.
Hay cosas menos importantes en nuestras discusiones futuras.
No hay nada importante que debamos discutir en el futuro.
En el panorama de la aptitud física, la imagen, la mutación, la recombinación y la selección pueden confubularse para atraer a las poblaciones en evolución hacia los picos de una buena forma física.
En niveles de aptitud física más altos, es más probable que las poblaciones en evolución sobrevivan.
Muchos factores funcionan juntos para llevar a las poblaciones en evolución a niveles de aptitud física más elevados.
No hay factores que ayuden a las poblaciones en evolución a alcanzar mayores niveles de adecuación.
El día de Navidad los niños golpeaban las puertas y visitaban los hogares, pidiendo y recibiendo dulces o juguetes pequeños.
Los niños llevaron bolsas grandes para recoger dulces y juguetes el día de Navidad.
Los niños no se quedaron en casa el día de Navidad.
El día de Navidad, los niños fueron al Polo Norte a visitar a Papá Noel.
Los acertijos son tanto divertidos como educativos.
Los acertijos son aburridos y no te enseñan nada.
Los acertijos son dos cosas.
Los acertijos son muy difíciles de resolver.
Esto no quiere decir que la buena arquitectura sea meramente utilitaria.
La buena arquitectura incluye la belleza estética, así como la función económica.
Eso no quiere decir que la buena arquitectura esté diseñada únicamente de acuerdo con la funcionalidad.
El único atributo definitorio de la buena arquitectura es la utilidad.
¿Podría el estadístico promedio ser la fuente de orden en los organismos?
Está claro que hay un orden en los organismos.
Los organismos están definidos por el caos; no hay un toque de orden en ellos.
Existe la teoría de que el promedio estadístico es la fuente de orden en los organismos.
Claramente los niños de hoy pasan demasiadas horas frente al televisor, una circunstancia que restringe el tiempo disponible para actividades con los padres, jugar, leer y otras actividades que merecen la pena.
Los niños de hoy pasan más tiempo viendo la TV que leyendo.
La televisión no se ha inventado aún, por lo que la mayoría de los niños pasa mucho tiempo leyendo.
Los niños de hoy tienen acceso a la televisión y pasan mucho tiempo viéndolo.
Deborah Lipstadt, en su libro Denying the Holocaust, escribió que no deberíamos hablar públicamente sobre afirmaciones inaceptables ni falsas, y por lo tanto propuso una solución tan poderosa como la censura gubernamental.
Lipstadt era cocinero.
Lipstadt escribió un libro que obtuvo excelentes críticas.
Lipstadt escribió un libro.
Varios héroes populares tejanos, como Gregorio Cortez, Juan Cortina y Catarino Garza, se conmemoraron por sus confrontaciones con los Rangers de Texas.
Catarino Garza era un conocido Ranger de Texas.
Gregorio Cortez es uno de los héroes folclóricos que se enfrentó a los guardabosques de Texas.
Juan Cortina lideró el grupo que se enfrentó a los Texas Rangers.
El momento de diseño para que padres e hijos estén juntos es el primer paso hacia la implementación de ideas y prácticas que comentaré en este libro.
Según este libro, los padres no deberían pasar tiempo con sus hijos.
En este libro, trataré temas que los padres y sus hijos pueden poner en práctica mientras pasan tiempo juntos.
Este libro para padres está en la lista de los más vendidos del New York Times.
Una vez establecidas, las neuronas comienzan a asumir funciones únicas enviando ramificadores que forman conexiones elaboradas con otras neuronas.
Las neuronas establecidas se ramifican para formar conexiones con otras neuronas, lo que les permite realizar diversas funciones.
Las neuronas deben estar completamente establecidas antes de que puedan llevar a cabo ciertas funciones.
Las neuronas operan independientemente y no necesitan conectarse con otras neuronas.
15 El comandante quiere que hagamos algo y ha usado el lenguaje de la ley para que entremos en acción.
Si no fuera por la ley, habríamos desobedecido al comandante.
El comandante ha encontrado una manera de hacer que hagamos lo que él quiere.
El comandante sabe que nunca escucharemos nada de lo que dice.
Relajo también puede describir una relación de broma, una broma de ida y vuelta, que a través de la risa alivia la tensión y desintegra la causa de la tensión del momento.
El relajo no es gracioso en absoluto.
Relajo hace bromas sobre la economía.
Relajo contó chistes.
7), y aquellos con baja demanda (una media de 1300 unidades a la semana) y alta variación de demanda (Cv = 1,3).
Los grupos de baja y alta demanda se combinan en un total de veinte.
El grupo de baja demanda tiene un promedio de menos de trescientos.
Hay dos grupos que se definen por la variación de la demanda.
¿Debería ayudarla con los deberes? Y en ese caso, ¿cómo?
Debería preguntarle si necesita ayuda con los deberes.
Debería preguntarme cómo ayudarla con los deberes.
No debería sentir la tentación de ayudarla con la tarea.
Vea Wallis y Varjabedian para contemplar fotografías contemporáneas de antiguas moradas que todavía se encuentran en el norte de Nuevo México.
Las moradas ancestrales se pueden encontrar en la parte norte de Nuevo México.
No se conocen fotografías existentes de antiguas moradas en Nuevo México.
Wallis y Varjabedian proporcionan fotografías profesionales y coloridas de las antiguas Moradas de Nuevo México.
La Vida de un Bato Loco, escrita por un informante de Linda Katz y reproducida en su obra, es un buen ejemplo de los usos literarios del caló.
Katz delató al comercio de la droga.
Katz solo escribió sobre lo que otras personas hicieron.
Linda Katz era una narc.
Las disputas cogieron el tono de una lucha de clase.
Peleaban por lo ricos que eran los directores ejecutivos.
Pelearon acerca de los pobres contra los ricos.
Se pelearon por el clima.
Y es por eso que nos sentimos engañados por paredes huecas, puertas frágiles y barandillas temblorosas.
Las paredes huecas dejan entrar mucho ruido del parque.
Apreciamos las paredes huecas y las puertas endebles.
No estamos contentos con las paredes huecas y con las puertas frágiles.
Lo que vemos son detalles.
En este momento no hay detalles disponibles.
Los detalles son visibles.
Los detalles han sido impresos en papel legal para que todos los vean.
Él dirigió una apelación a Lord Julian.
Quería preguntarle algo a Lord Julian.
Quería pedirle a Lord Julian que perdonara a su esposa.
Lord Julian no estaba a la vista.
Jeremy Pitt respondió a la risa con una palabrota.
Jeremy Pitt respondió a la burla con una risita y lanzando un gancho hacia la cara del hombre que se reía.
Jeremy Pitt juró luchar por su país y su reina.
Alguien se rió cerca de Jeremy Pitt.
Pitt, que observó la escena desde la barandilla del cuarto de baño, nos dice que su señoría tenía la voz tan grave como un pastor de un ahorcamiento.
Pitt nunca había visto a su señoría tan seria como estaba entonces.
Pitt juró que no pudo vislumbrar la escena.
Pitt fue testigo de cómo su señoría hablaba en serio durante la escena.
El Coronel lo aceptó, y se inclinó con demora, quitándose su amplio sombrero.
El Coronel aceptó una medalla del alcalde de la ciudad de Nueva York.
El coronel rechazó lo que le daban y conservó su sombrero en señal de desafío.
El coronel llevaba un sombrero.
Tienes el descaro de reprenderme porque no te cojo las manos cuando sé cómo están manchadas; ¿cuando sé que eres un asesino y algo peor? La miró con la abierta.
Él cree que el crimen cometido puede haber sido genocidio.
Eligió no coger sus manos porque estaban manchadas con un delito.
Eligió tomar sus manos porque eran pequeñas, delicadas y, sobre todo, limpias.
Se le permitió percibir que era al elegante y apuesto joven de St. James, Lord Julian Wade, a quien ella dedicaba cada momento de su tiempo.
Lord Julián es de St. James.
Ella y Lord Julian Wade compartieron un beso anoche.
Está encaprichada con Lord Julian Wade, a pesar de su naturaleza torpe.
¿Pero... pero... a bordo de este barco...? El oficial hizo un gesto de impotencia y, rindiéndose a su desconcierto, se calló abruptamente.
La oficina gritó durante minutos, enfurecida por la perversión de sus cubiertas.
El oficial estaba confundido por lo que estaba sucediendo a bordo del barco.
El oficial quedó estupefacto por los vómitos en la cubierta
Eres Lord Julian Wade, tengo entendido, fue su saludo truculento.
Lord Julian Wade brindó un cálido y acogedor recibimiento.
Lord Julian Wade dio la bienvenida a los demás de una manera que se consideraría truculento.
Aunque muchos habían intentado acercarse a él, Lord Wade era a menudo frío y sin emoción.
Mary Traill te lo contaría.
Mary Traill puede contarte sobre el burro.
Mary Traill sabe todo acerca del asunto.
Solo yo sé sobre esto.
Hay una horca esperando a este granuja en Port Royal. La sangre habría intervenido, pero Lord Julian se lo impidió.
Blood es una organización criminal internacional con sede en Port Royal que Lord Julian contrata con fines ilícitos.
Entre los dominios de Lord Julián está Port Royal, una ciudad comercial que es un centro de actividades de la región.
Port Royal tiene instalaciones para castigar criminales.
No será Bishop, dijo Wolverstone, entre una pregunta y una aseveración.
Wolverstone había hecho una pregunta que demostraba su asertividad a los demás.
Wolverstone había mencionado al obispo que era uno que era muy bonito.
Wolverstone nunca dijo nada sobre el Obispo.
¿Dejarás de hablar de motín y traición y consejo de guerra? Blood se puso su sombrero, y se sentó sin invitación.
Blood tenía un sombrero que llevaba puesto antes de sentarse.
Blood se puso el sombrero y salió de la habitación sin decir nada.
El sombrero de sangre era negro, con tres plumas de águila.
Las cosas no le habían ido nada bien en los últimos quince días desde que aceptó la comisión del Rey.
Durmió profundamente por la noche sabiendo que había rechazado el encargo del Rey.
Mantenerlo despierto por la noche era el hecho de que él aceptaba la comisión del Rey.
La comisión del Rey era un título muy prestigioso con muchas responsabilidades.
Están dentro del alcance, gritó Ogle.
Ogle dijo que eran accesibles.
Ogle dijo que estaban al alcance del oído.
Aunque sabía que estaban dentro del alcance, Ogle se lo guardó para sí mismo.
He mandado enviar por usted, Capitán Blood, debido a ciertas noticias que me acaban de llegar.
No escuché ninguna noticia, Capitán Blood. ¿Tienes?
Recibí algunas noticias antes de enviar por ti, Capitán Blood.
Las noticias que recibí me afectaron hasta lo más hondo.
¿Por qué corres, entonces? Le preguntó fríamente, de pié, delgado y derecho ante él, todo en blanco y muy virginal excepto en su compostura antinatural.
Su postura no se veía natural porque tenía dolor de espalda
Ella no preguntó nada, ella le dijo que se fuera.
Estaba vestida de blanco cuando preguntó: ¿Por qué corres, entonces?.
Regresarás a él de inmediato, y llevarás a tu tripulación contigo, o de lo contrario... Pero Ogle, violento de apariencia y gestos, lo interrumpió.
Ogle tenía una tripulación.
Ogle le dejó continuar hablando.
Ogle estaba enojado.
Bueno, bueno, tal vez no me encuentre tan fácil de entender como se imagina.
Nunca imaginó que me entendería.
Piensa que agarrarme será realmente simple.
Puede que no sea tan fácil de atrapar como él piensa.
No pienses que lo acepto de buena gana.
Lo acepto de buena gana.
No estoy dispuesto a aceptarlo, pero podría estar convencido.
No lo acepto voluntariamente.
Un asesino, ¿yo? dijo al fin.
Tras una pausa él dijo: Un asesino, yo.
Él no había asesinado a nadie.
Inmediatamente dijo: Un asesino, yo.
Cuidadosamente acarició su barba dorada.
Él tenía una barba que era de color dorado.
Se había dejado crecer la barba durante años.
Su cara estaba bien afeitada.
Fue ella ahora la que la defendía, su voz temblaba con indignación.
La mujer ya había tenido bastante de su mal comportamiento.
La mujer estaba enfadada y a la defensiva.
¡La mujer estaba tan encantada que se quedó sin palabras!
¿Qué mejor manera?, demandó.
No hizo ninguna pregunta, ya que sabía que había escogido la mejor manera.
Él quería saber si no había una mejor manera.
Estaba convencido de que había elegido la mejor manera.
No se molestó en levantarse, ni siquiera cuando Lord Julian, obedeciendo a los instintos de una mejor crianza, le dio ejemplo.
Se levantó rápidamente y procedió a levantar a Lord Julian.
Se sentía muy cansado, así que no se levantó.
Lord Julian se levantó, mostrando buenos modales, pero no se molestó en ponerse de pie.
La vida puede ser endemoniadamente compleja, suspiró.
Él dejó escapar un signo de resignación.
Él permaneció en silencio de la misma manera que él se quejó de la simplicidad de la vida.
La vida es infernalmente complicada debido a las muchas interacciones que uno puede tener.
Wolverstone se puso firme desafiante ante su capitán. Veré al coronel Bishop en el infierno o si alguna vez miento por el. Y escupió, seguramente con el objetivo de poner énfasis.
El Coronel Bishop ha hecho algo para convertir a Wolverstone en su enemigo.
Escupió en el suelo para destacar su punto.
Wolverstone y el coronel Bishop eran amigos íntimos.
Yo ... creo que lo ha hecho, dijo Calverley, entre la duda y la sospecha.
Calverley respondió de una manera que parecía como si tuviera dudas.
Calverley solo fue indeciso en su respuesta porque no conocía todos los hechos.
Habló inteligentemente y claramente decidido ya que sabía que estaba en lo cierto.
Y aunque se atreva a intentarlo, asegúrate de que sus propios oficiales no se atrevan a hacer otra cosa que oponerse a él.
Él tiene sus propios oficiales.
Él está solo y no tiene oficiales.
Sus oficiales le respetan.
Tu resolución me libró de un horrible peligro, admitió.
Ella no quería que él la ayudara, aunque de todos modos estaba agradecida.
Ella le había dicho que la resolución era lo que se necesitaba para alejarla del peligro.
La resolución no la protegió en absoluto de ningún peligro.
Es un servicio respetable.
Es un servicio distinguido y eminente.
Es un servicio honorable porque trata sobre salvar vidas.
No es un servicio para nada honorable, ¡es muy embarazoso!
Usted no es muy cortés, señor, como ya lo había notado.
El hombre está actuando de forma incivilizada.
El hombre es calmo y razonable
Ellos están teniendo una conversación.
¡Espera! Se giró para mirar al capitán, que había puesto una mano en su hombro y sonreía un poco nostálgico.
Había oído noticias emocionantes.
Estaba mirando al capitán y luego se dio la vuelta para verlo.
El Capitán estaba enfadado.
Miró con sorpresa y luego se sentó engañándola con su mirada inquietante.
Él mantuvo su mirada baja mirando al suelo.
Ella lo sorprendió.
Ella era más valiente de lo que esperaba.
Pero Pitt, aunque lo compartió, fue rápido en obedecer.
Pitt ignoró completamente lo que se le pidió.
Pitt es el nombre de un perro muy obediente.
Pitt siguió rápidamente la orden.
Había pasado una quincena en Port Royal, su barco era prácticamente uno más en el escuadrón de Jamaica.
Nunca había estado en Port Royal.
Pasó 2 semanas en Port Royal.
Él estaba haciendo reparaciones en su barco.
Si vas por debajo, y consigues tu equipo y tu mujer, serás enviado a bordo de uno de los barcos de la flota. Señaló el bote mientras hablaba.
El hombre era el capitán de uno de los barcos.
Había una flota de barcos.
No hay barcos a la vista.
Me quedan una o dos espinas. Y, con una risa, Blood se fue a su camarote.
Sangre había estado dentro de su cabina.
Sangre estaba riendo porque estaba feliz.
Blood frunció el ceño.
Créeme, soy muy agradecido.
Soy totalmente ingrato contigo.
Estoy agradecido porque hiciste mucho por mí.
Gracias de corazón.
Fuimos de un lugar a otro, y desde entonces ha sido una carrera.
Siempre ha sido un concurso desde que fuimos.
La carrera había comenzado desde que teníamos cuatro años.
Nunca hubo una raza con la que comenzar.
Eso es lo que sucede en Bridgetown la noche del ataque español.
Personas fueron asesinadas en el ataque español.
El ataque español se hizo por la noche.
En Bridgetown nunca ha habido una redada.
Blood rompió el sello y leyó.
Blood es un hombre.
El sello permaneció intacto.
El sello estaba roto.
En la avenida principal de ese jardín, que estaba bordeada de palmeras y sándalo, había visto a la señorita Bishop sola.
La señorita Bishop estaba sola en el jardín.
La señorita Bishop fue al jardín para contemplar su vida.
No había absolutamente nadie en el jardín.
El mío es la manera segura y fácil.
Mi camino es el más difícil.
La manera de alguien más es difícil.
Hay una manera que es segura y fácil.
Era embarazosa su presencia en este momento por la naturaleza de su altercado con Wolverstone.
Ella huyó rápidamente de la escena para evitar un mayor escrutinio.
El hecho de que ella estaba allí después de la pelea con Wolverstone fue considerado una vergüenza.
Wolverstone nunca tuvo una disputa con ella.
¿Y quién diablos eres? dijo él al final.
De repente, él hizo una pregunta sobre quién eres.
Silenciosamente murmuró para sí mismo todo el tiempo.
La persona era en realidad el mismo diablo.
Más fría aún y más distante que nunca se alzó la voz de su señoría.
Como su señoría, él no mostró piedad con sus sujetos.
Su señoría habló con calma a todos dando la impresión de ser una persona cálida y amable.
La voz del Señor parecía tanto distante como pavorosa.
¡Tranquilo, viejo lobo! ¡Tranquilo! El capitán Sangre lo amonestó.
Como tiene experiencia, el capitán Blood ayudó a levantar la moral entre los miembros de su tripulación.
El Capitán Sangre le gritó a Viejo Lobo.
¡Suéltalo! Gritó el Capitán Sangre al Viejo Lobo.
Con el rabillo de su único ojo había divisado una figura esbelta vestida de seda gris que subía la escalera.
Él tiene solo un ojo.
Él tiene tres ojos.
Él solo tiene un ojo izquierdo.
No. La sangre cerró su telescopio.
La sangre provenía del ojo de una persona que había mirado en el telescopio.
Había sangre alrededor del telescopio.
No había señales de sangre cerca del telescopio.
Y eso fue prácticamente el final del asunto.
El asunto se ha resuelto.
El problema sigue sin resolverse.
La solución al problema estaba más o menos allí.
'¡Caracoles! ¿Quizás vas a explicarte? ¿A dónde ha ido Wolverstone?
¡Quiero que te expliques! Sé que sabes dónde está Wolverstone.
Wolverstone está aquí. No se necesita explicación.
¡Deberías explicarte! ¿Qué pasó con Wolverstone?
¿Desde cuándo has controlado la cubierta principal, Ogle? Recibo mis órdenes del capitán.
Ogle había intentado dar órdenes como si fuera el Capitán.
El Capitán del barco se sentía bastante enfermo.
No había nadie en el barco para dar órdenes.
No hay necesidad de hurgar en ese tema, a menos que quieras asegurarte de que nos hundimos.
El barco se hundirá si la tripulación no actúa rápidamente.
Hay una forma de que se hundan.
No pueden hundirse en ninguna circunstancia.
Pero Wolverstone no lo detendría .
El Wolverstone fue detenido por completo.
El Wolverstone no llegó al final.
El Wolverstone era parte de una estratagema elaborada.
Se veía a sí mismo como el perro de la fábula que había dejado caer la sustancia para arrebatarle una sombra engañosa.
Nunca deseó ser como ese perro en esa fábula.
Esta es una fábula ancestral.
Había una vez una historia sobre un perro y una sombra engañosa.
Si es un error hacer un encargo al Capitán Blood, el error no es mío.
Pudo haber habido un error al darle al Capitán Blood su comisión.
No hubo ningún error al proporcionarle al Capitán Blood su comisión.
Hubo un potencial de error ya que el contador fue despedido recientemente.
Además, ¿cómo podría haberme ayudado si estadía? Y cómo Pitt no le respondió a él: ¿ves? Dijo él, y encogió los hombros.
Él había movido los hombros en señal de aceptación.
Les dijo que podía verlo, pero que al final no era gran cosa.
Estaba claro que quedarme podría haberme ayudado, por lo que nunca se cuestionó.
Pero será acerca del Old Wolf que él quiere verte.
Quiere verte por el Viejo Oso no por el Viejo Lobo.
Él quiere verte sobre el viejo lobo.
Él quiere verte hoy sobre el viejo lobo.
Que él lo haga no creo que haga la más mínima diferencia, dijo su señoría de forma grave.
Su elección fue comprar 12 pollos o 3 bueyes.
Su señoría creía que cualquiera de las dos opciones habría tenido un impacto sustancial.
Si eligió actuar o no, su señoría no creía que hubiera cambiado nada.
Tus palabras se han enfadado con él.
No le gustó lo que dijiste.
Él te castigará por esas palabras.
Él realmente disfrutó de lo que dijiste.
Inglaterra, ella lo corrigió en reprobación.
Él estaba equivocado y ella no dijo nada.
Ella solucionó el problema de él.
Ella siempre tenía la tarea de corregirle.
Pero sospecho que esta seriedad es solo una máscara bajo la cual se divertía Lord Julian en secreto.
Julian parecía serio, pero en realidad se divirtió.
Julian pensó que la situación era divertida.
Julian estaba siendo claro acerca de sus sentimientos.
Espero que su señoría comience a percibir la locura de otorgar la comisión del Rey a un hombre como este, en contra de la opinión de todos mis consejeros.
El señor solo tomó mi consejo y llevó a cabo sus actos en consonancia con ello.
Aunque el señorío fue muy inteligente, su grave error de no escuchar mi consejo relatará el fin del reino.
Su señoría ha decidido actuar de una manera que va en contra de mi consejo.
Ah, ahora, ¿en realidad puedes? se lamentó.
Preguntó porque estaba bastante sorprendido por toda la situación.
Había gritado una pregunta.
Él nunca hizo una pregunta mientras permanecía en silencio.
Algunos de esos tontos pueden creer ese cuento. Sacudió el pulgar de manera despectiva hacia los hombres en la cintura, cuyos rangos aumentaban de manera estable por la llegada de otros de los camarotes de proa.
La gente del castillo de proa se unía a los hombres en el combés.
Algunas personas creyeron la historia de que la princesa había sido devorada por un dragón.
Las filas de los hombres estaban disminuyendo, porque todos se estaban dirigiendo hacia el castillo de proa para cenar.
Si a algo ha contribuido ha sido a aumentar su entusiasmo.
Disminuyó su emoción.
Lo hacía más emocionado que nunca.
Lo emocionó más.
Entonces háganles saber que si intentan obstaculizar nuestra navegación, colgaremos a la prostituta primero y lucharemos por ella después.
No había forma de saber si el bote seguiría avanzando.
No había nada capaz de frenar la nave.
Intentaremos luchar por él una vez que empecemos a navegar.
Buenos días para usted, señor, saludaba agradablemente Blood
La sangre no dijo nada al hombre que encontró.
Blood le deseó al hombre un buen día.
El hombre era viejo.
¡No lo hagas, por Dios! ¿Y cómo llamarías a esto? Pero como Gobernador de Jamaica por orden de Su Majestad, me tomaré la libertad de corregir tu error a mi manera.
Una persona que grita decide corregir el error de otra persona.
El vicegobernador de Su Majestad de Jamaica ya está muerto.
Un hombre le dijo al otro que había hecho su trabajo a la perfección y que cualquier error era culpa suya.
Así que has venido, el vicegobernador lo saludó y continuó con una serie de vagos pero malhumorados gruñidos.
Esperaba tu llegada, dijo el vicegobernador.
El vicegobernador no lo estaba esperando necesariamente, aunque lo saludó de todos modos.
Hubo algo de remordimiento cuando el vicegobernador saludó con la mano.
Esa chica, allí. Él extendió un brazo desnudo para señalarla.
Él no tenía armas, así que le pidió a alguien que apuntara a la chica.
Él señaló a la niña.
La niña tenía el cabello rubio.
Sí, dijo Ogle, eso es verdad. Pero había algunos que todavía estaban en rebelión abierta y franca contra la línea de acción.
Ogle nunca mencionó que hubiera nadie a quien no gustara el curso actual.
A algunos no les gustó la idea del curso actual y la refutaron explícitamente.
El trayecto estaba lleno de territorio inexplorado que era, por lo tanto, muy peligroso.
Lo que pienso de usted puede ser muy poco para usted, señor. Esto fue un golpe desarmado.
No importa lo que pienso de ti.
Puede que te importe lo que pienso de ti.
Definitivamente deberías preocuparte por lo que pienso de ti.
No me apasiona lo que Wolverstone acaba de decir.
Como muchos dijeron antes, Wolverstone fue simplemente un hombre de pocas palabras.
Me sentí muy borboteado por las palabras de Wolverstone.
Wolverstone había dicho algo que no hacía que uno se sintiera borracho
Sobre él en la cintura, donde todo anoche estuvo tan calmado, hubo un ajetreo activo y frenético de algunos hombres sesenta.
La noche se consideró tranquila, aunque hubo una gran conmoción después.
La noche fue extremadamente concurrida ya que las calles estaban llenas de gente.
Esa noche estaba más ajetreada de lo normal porque se estaba celebrando un evento
No puedo pensar por qué deberías molestarte en defenderte - lo desanimó ella.
Alentando esto, había encontrado muchas razones de por qué uno se pondría en problemas para defenderte.
Ella había desalentado cualquier forma de defensa que se aplicara a usted.
La defensa que ella propuso fue insuficiente.
Pídeles que salgan a navegar, Jeremy - dijo en voz baja.
Él habló con un tono suave.
Jeremy gritó muy alto para llamar su atención.
Jeremy fue pirata toda su vida.
¿No vas a ir? Él dijo, entre la pregunta y la afirmación.
¿No vas a ir? Preguntó.
Por favor, ¡no vayas! Le rogó.
¿Por qué no te vas ahora mismo? El gruño.
Buscó consuelo en una frase en la página abierta ante él: levius fit patientia quicquid corrigere est nefas. Lo busqué, pero apenas lo encontré.
Se sintió un poco más seguro después de leer el pasaje de la página.
El lenguaje descrito en las páginas es de un idioma nativo del país
Había algún idioma extranjero en las páginas delante de él.
Para mí, soy completamente de la opinión de Wolverstone.
Admito que ya he estado en desacuerdo con Wolverstone.
Me alineé completamente con Wolverstone en este asunto.
Nunca he oído de nadie que se llame Wolverstone.
Mira como es manejado por mí.
Debería ser controlado por alguien.
Asegúrate de que nadie se encarga por mí.
Los cañones del barco no estaban tripulados en ese momento.
Se paró cuando vio al capitán Blood, le saludó, como era su deber, pero la sonrisa que levantó el bigote rígido del oficial era tristemente sarcástico.
El Capitán Blood no estaba en ninguna parte.
Podría ver Captain Blood.
El oficial tenia un bigote
¡Ja! Wolverstone emitió una eyaculación de risa burlona.
Wolverstone no se rió.
Wolverstone se rió.
Wolverstone pensó que era divertido.
Después de mirar alrededor de estas colecciones, suba la colina hasta la Casa del Comisionado, donde encontrará hermosas vistas de la costa circundante y del resto del complejo de astilleros.
Puedes ver barcos desde la cima de la colina.
Puedes ver el panorama de la costa en la cima de la colina.
No se puede ver la costa desde lo alto de la colina.
El Ballet de San Francisco tiene su temporada principal durante la primavera en la Opera House pero también ofrece actuaciones durante el mes de diciembre.
En el otoño y el verano, el ballet de San Francisco está de vacaciones.
El NYC Ballet tiene actuaciones en junio.
El Ballet de San Francisco actúa más de una temporada.
Detrás del área de Sudamérica encontrará la fábrica de perfumes, donde puede crear su propia fragancia personal.
The Perfume Factory ha estado produciendo desde 1954.
The Perfume Factory está detrás de la región sudafricana.
La fábrica de perfume está frente a la zona sudafricana.
Las esperanzas han aumentado, y también se han desvanecido, sobre los cítricos y la piña de las Bahamas.
Aunque las piñas sabían muy bien, los costos de envío eran demasiado altos para llevarlas al mercado.
La fruta cítrica Bahameña fue solo un gran éxito, tal como todos habían predicho.
El cítrico bahameño no fue todo lo bueno que todos esperaban.
Ve más allá de estas vistas a la casa de los siete tejados de Nathaniel Hawthorne.
Los Siete Tejados es la mejor vista para observar.
Hay muchas más vistas que contemplar.
No debes ver más allá de esto que se ve.
El sonido, de unos 3 km (2 millas) de diámetro, se cree que es una enorme caldera que se formó después de una poderosa erupción volcánica.
El sonido de 2 millas podría haber sido causado por muchas cosas, incluida una erupción volcánica.
El sonido de 2 millas definitivamente no fue causado por una erupción volcánica.
El sonido de 2 millas probablemente fue causado por una erupción volcánica.
Allí la escena es menos relajada y es posible que el problema del lenguaje te intimide, pero al menos podrás vislumbrar la sociedad de consumo china.
Es una buena idea tener un traductor contigo.
Hay un problema de lenguaje que podría intimidarte.
No tienes que preocuparte por problemas de idioma allí, ya que todos hablan inglés.
En otra parte del jardín del príncipe, en un moderno edificio llamado Sailor's House (Casa de Marinos), se puede descubrir qué fue de la pintoresca Escuadra del Tajo de la flota real.
The Sailor's House es un edificio antiguo que se encuentra en el jardín del príncipe.
La Sailor's House fue diseñada por un famoso arquitecto italiano.
El jardín del príncipe alberga el edificio llamado Sailor's House.
Entre 1936 y 1940, Grecia estuvo bajo la dictadura militar de Ioannis Metaxas, al que se lr recuerda por el rotundo echi (no) que dio en respuesta al ultimátum de Mussolini para que se rindiera en 1940.
Grecia nunca ha sido gobernada por un dictador militar.
Grecia es uno de los países del mundo que ha tenido un dictador.
La economía de Grecia no le fue tan bien bajo la dictadura militar de Metaxas.
La simplicidad de las líneas románicas de Sant Pau, representa un cambio agradable de la extravagancia del modernismo de Barcelona y la complejidad de la arquitectura gótica.
Sant Pau no tiene líneas románicas.
Sant Pau tiene líneas románicas.
Sant Pau tiene iglesias.
Un movimiento rápido de cola o golpe de suerte y se ha ido.
Se asusta fácilmente con movimientos rápidos.
No tiene miedo, y no será movido por nada.
El más mínimo movimiento y eso es todo; se fue.
Un extenso programa de renovación debería estar terminado para fines de 2001.
El programa de renovación terminará antes del comienzo de 2001.
El programa de restauración no se realizará hasta mucho después de que finalice el año 2000.
Cuando termine el programa de restauración, habrá durado cinco años.
El personal está trabajando en un programa para aumentar el número de flamencos en las Islas Vírgenes de EE. UU., para encontrar una pequeña bandada reproduciéndose con éxito cada año.
El personal trabaja para eliminar los flamencos.
El personal trabaja para aumentar la cantidad de flamencos en la isla para que puedan recuperarse de la extinción.
El personal trabaja para aumentar el número de flamencos que hay en la isla.
Singel fue un día la barrera externa de una ciudad medieval, pero según la ciudad se expandió, Herengracht (el canal del Caballero), Keizersgracht (el canal del Emperador) y Prinsengracht (el canal de la Princesa) aumentaron la red.
Singel era un lugar turístico.
Singel era una ciudad de interior.
El Singel constituía una frontera exterior.
Las montañas robustas de Serra de Tramuntana se arrastran al mar tan marcadamente aquí que hay pocos puntos de acceso y un solo puerto y muelle de cualquier tamaño a lo largo de la costa.
Las montañas fácilmente tienen deslizamientos porque los puertos no se construyen fácilmente allí.
Las montañas hacen que resulte difícil construir puertos.
Hay 27 puertos a lo largo de las montañas
Las fachadas que se desmoronan de los apartamentos, hoteles y tiendas de gangas en sótanos están en la línea Karl-Marx-Allee, que se encuentran al sureste de Alex.
Karl-Marx-Allee ha visto días mejores.
El Karl-Marx-Allee se está cayendo a pedazos.
La Karl-Marx-Allee tiene forma prístina.
Culebra fue conocida como las Islas Vírgenes españolas hasta la toma del poder de los estadounidenses a mitad entre Puerto Rico y St. Thomas en las Islas Vírgenes estadounidenses.
Culebra está a medio camino entre Puerto Rico y St. Thomas en las Islas Vírgenes de los Estados Unidos.
Culebra se encuentra cerca de Puerto Rico y Santo Tomás en las Islas Vírgenes de EE. UU.
Culebra se encuentra entre Puerto Rico y St. Thomas en las Islas Vírgenes de Estados Unidos.
Umeda marca el extremo norte del distrito de negocios y de entretenimiento, al que popularmente se le conoce como Kita (que significa simplemente Norte), y es la esencia misma del ajetreo moderno de Osaka.
Umeda no es parte del distrito de entretenimiento.
Umeda es la parte más grande del distrito de entretenimiento.
Umeda es el límite norte del distrito del entretenimiento.
Cete de Charlevoix es parte de las cumbres laurentianas, alcanzando el río Saguenay donde los coureurs de bois salieron en búsqueda de pieles.
El río Saguenay formaba parte del mercado de carbón.
El río Saguenay fue parte del comercio de pieles de los franceses a los españoles.
El Río Saguenay fue parte del comercio de pieles.
El tercer miembro de la trinidad hindú es Brahma, cuya única tarea era crear el mundo.
Brahma es un apóstol cristiano.
Brahma es parte de la trinidad hindú.
Brahma es la parte más importante de la trinidad.
Pedro tomó el trono, aunque la lucha armada continuó durante meses y la amargura siguió persistiendo mucho después de esto.
10000 personas murieron en la guerra.
La guerra fue hace meses.
La guerra terminó en un solo día.
Unos cientos de tropas heroicas bajo Leonidas de Esparta retrasaron el enorme ejército persa al paso de las Termópilas el tiempo suficiente para que los atenienses fueran evacuados a la isla de Salamina.
Los espartanos derrotaron a los persas en las Termópilas.
Los espartanos retrasaron el ejército persa en las Termópilas.
Los espartanos mataron a muchos del ejército persa en las Termópilas.
Los patios y pabellones masivos sobre las cámaras funerarias de Yongle han sido restaurados, y albergan algunos de los tesoros excavados de las Tumbas Ming, incluida la armadura imperial.
Se muestran algunas antigüedades .
Puedes tocar algunas de las armaduras imperiales.
No puedes ver nada viejo en exhibición.
En el centro de la plaza se encuentra el granito Weltkugelbrunnen (o Fuente del Mundo) de Joachim Schmettau, que los lugareños han bautizado alegremente como la bola de masa hervida acuática.
Weltkugelbrunnen está hecho de aluminio.
El Weltkugelbrunnen está hecho de un granito muy negro y brillante.
Weltkugelbrunnen está hecho de granito.
Al otro lado, en la Ciudad de la Música está el Museo de la Música y un salón de conciertos gigante, el Zenith.
El Zenith acoge 1000 conciertos al año.
El Zenith es una gran sala de conciertos.
El Zenith es una estación de tren.
Louisa May Alcott y Nathaniel Hawthorne vivían en la calle Pinckney. Y Beacon Street se enorgullecía de contar con el historiador William Prescott. Oliver Wendell Holmes la apodó “la soleada calle que alberga a los pocos elegidos”.
Hawthorne vivió en Main Street.
Hawthorne vivió en la calle Pinckney durante 7 años.
Hawthorne vivió en Pinckney Street.
Un poco más allá de Boot encontrarás el final del ferrocarril de Ravenglass y Eskdale, o La'al Ratty, como se lo conoce cariñosamente.
Boot es una ciudad pequeña.
Boot se encuentra cerca de La'al Ratty.
Boot está muy lejos de todos los trenes.
Kuala Perlis, al sur de la capital del estado, Kangar, es el punto de partida para el viaje en ferry de menos de una hora a Langkawi.
Kuala Perlis estaba a 17 millas al sur.
Kuala Perlis estaba al norte de Kangar.
Kuala Perlis estaba al sur.
Su entrada está custodiada por dos torres del siglo XIV que se extienden desde las fortificaciones de la ciudad.
Las dos torres se construyeron con piedra caliza.
Hay dos torres que fueron construidas en el siglo XIV.
Solo hay una torre y es completamente nueva.
702 / 369-1540) la cafetería más antigua de Las Vegas y, según algunos, sigue siendo la mejor con toda su gloria bohemia.
La cafetería One Vegas fue construida en 1940.
En Las Vegas hay una cafetería que es más antigua que el resto.
Vegas no tiene cafeterías.
Que dicho terror aterrorice a aquellos esclavos del error terrenal, pues el horror de estas imágenes cuenta lo que les espera.
A esas personas les pasarán cosas malas.
Las imágenes muestran qué cosas maravillosas les sucederán.
Esas personas serán asesinadas inmediatamente.
El primer occidental que llegó a Hawaii fue el capitán James Cook, el comandante británico cuya misión era descubrir el mítico Paso del Noroeste, que enlazaba los océanos atlántico y pacífico.
James Cook nunca fue al oeste de California.
James Cook viajó a Hawai.
James Cook fue a todas y cada una de las islas hawaianas.
Varios templos pequeños se pueden encontrar aquí.
En esas zonas no hay templos.
Hay algunos templos pequeños.
Hay algunos templos diminutos en los que solo puede entrar una persona.
Al pasar por ellos, es posible que veas una vieja chimenea que se rompe sobre la línea de los árboles, una señal muy fuerte de que el pueblo alguna vez formó parte de una hacienda.
La chimenea no es un indicador de que la aldea solía ser parte de una hacienda.
La chimenea, entre otras cosas, indica que el pueblo solía ser parte de una hacienda.
Las chimeneas indican que el pueblo formaba parte de una hacienda.
No se pierda la moneda a5 de 1887, que provocó el desconcierto entre los súbditos británicos de la época.
La moneda a5 es muy rara.
La moneda a5 era británica.
La moneda a5 era de China.
La acústica dentro del sepulcro es muy precisa, exagerando el sonido de los visitantes que se aproximan.
La acústica es genial para cantar.
La acústica es un desastre en ese lugar.
La acústica hace que las cosas suenen fuerte.
Estos instrumentos tocados juntos forman la orquesta básica para varios géneros musicales populares.
Los instrumentos son un violín, un bajo y un saxo.
La orquesta consta de los instrumentos mencionados anteriormente.
La orquesta no usa instrumentos en absoluto.
El destiñe del Templo de Ramsés II es una de las imágenes más duraderas de Egipto y, aunque puede que lo hayas visto en fotografías, en la vida real es muy impresionante.
La fachada estaba en la tumba del rey Tut.
La fachada estaba en el Templo de Ramsés II y es de oro macizo.
La fachada estaba en el templo de Ramses II.
¡No dispares a menos que te disparen!
Dispara si crees que necesitas hacerlo en cualquier momento.
Solo dispare si alguien cerca de usted tiene un arma y le dispara a la cabeza.
Sólo dispara si tienes que hacerlo.
Una serie de concursos de pesca constituyen la temporada de los ricos, brillantes y guapos que descienden a pescar durante el día y disfrutan de la vida social animada después de oscurecer.
A la gente le gusta festejar después de pescar.
La gente va a pescar y luego se va directamente a dormir.
A la gente le gusta beber mucha cerveza en los bares después de ir a pescar.
Más cerca de Syntagma, en la plaza Koloktroni, se encuentra el Museo Histórico Nacional, con una colección de artefactos que datan de épocas post-clásicas.
El Museo Histórico Nacional tiene una gran cantidad de artefactos de la época postclásica.
El Museo Histórico Nacional tiene algunos equipos agrícolas antiguos.
El Museo Histórico Nacional solo tiene cosas recientes.
Al estallar la guerra, la reputación de Canadá de recibir inmigrantes y refugiados de todo el mundo se vio empañada por el bloqueo de comunistas y judíos de la Alemania de Hitler.
Canadá nunca ha recibido refugiados.
Canadá era conocido por dar la bienvenida a inmigrantes y refugiados.
Canadá es el país que más refugiados de países africanos ha acogido.
Echa también un vistazo a Star Computer City en Star House, cerca de la terminal de ferri de Star.
Computer CIty no se encuentra en Star House.
Computer City está en la Star House.
Computer City es lo más impresionante de la Star House.
Flanqueándolo, una iglesia octagonal moderna al este y una capilla y una torre hexagonal al oeste representan el renacimiento de la posguerra de la ciudad.
Una iglesia, capilla y torre hexagonal representan el renacimiento de la posguerra de la ciudad.
El mercado representa el renacimiento de la posguerra de la ciudad.
Estas estructuras fueron construidas por el mejor arquitecto del mundo.
Como protestante, Pierre du Calvet fue nombrado por el juez de paz británico, pero luego terminó en la cárcel por vender suministros e información a los invasores estadounidenses.
Pierre fue nombrado pero tuvo que arrestarse a sí mismo por venderle a los estadounidenses.
Pierre fue arrestado por venderle a los estadounidenses, entre otras cosas.
Pierre nunca fue arrestado.
Las cercanas calles Mallorca, Valencia, y Provenaa también están llenas de tiendas interesantes.
Todas las tiendas sirven la mejor comida de la ciudad.
Las tiendas en las calles cercanas son interesantes.
Las tiendas cercanas son más aburridas que las demás.
Solo a unas manzanas en la trasera del Malecen hay una creciente cantidad de clubes únicos con un toque más urbano.
La colección está creciendo, pero no tan rápido como el año pasado.
La colección de palos es aburrida e igual que las otras.
La creciente colección de clubes es única y tiene un perfil más urbano.
Desvío para ver la mansión diseñada por McKim Mead
McKim Mead diseñó la mansión.
Construir la mansión cuesta 2 millones de dólares.
La mansión fue construída por Adam Sandler.
Encontrarás el Museo Brehan (dedicado al Art Deco y Art Nouveau) en un antiguo cuartel de infantería en frente del Museo Egipcio.
El museo está al otro lado de la calle del Museo Egipcio.
El museo está cerca del museo egipcio.
El Museo está muy lejos del Museo sobre Egipto.
Los fines de semana puedes unirte a los lugareños en el Parque de Palapas, donde los acordes del rock, la salsa y la música popular se combinan en una cacofonía desconcertante.
El Parque de Palapas es donde la gente hace barbacoas todo el tiempo.
Los residentes pueden unirse en fin de semana en el Parque de Palapas.
No se puede ir al Parque de Palapas, está prohibido.
El descubrimiento que atrapó la imaginación del mundo entero fue realizado por James Wilson Marshall, un carpintero en el molino de John Sutter en el río American en Coloma, que está entre Sacramento y el lago Tahoe.
James Wilson Marshall no hizo nada especial.
James Wilson Marshall hizo algo especial.
James Wilson Marshall inventó algo.
De ahora en adelante, la unidad nacional siempre jugó un segundo papel en los intereses étnicos, religiosos y, sobre todo, económicos regionales.
La unidad nacional no tiene importancia alguna.
La unidad nacional es más importante que todo lo demás combinado.
La unidad nacional nunca es la primera prioridad.
Las escarpadas crestas de Montserrat surgen de la llanura sin rasgos distintivos del Llobregat 62 kilómetros (38 millas) al noroeste de Barcelona, ​​en el corazón de Cataluña.
Montesserant es un río.
El Montserrat son montañas.
Las montañas de Mountesserat son las más altas de la zona.
Los cupones especiales se han entregado agresivamente en las playas durante el día, con la esperanza de atraer a la multitud más grande posible para la noche.
Los cupones se entregan en la playa por la noche, esperando clientes el día siguiente.
Los cupones se entregan en la playa, esperando clientes a largo plazo.
Se reparten cupones en la playa, esperando atraer clientes por la noche.
Have a look at Paseo de Gracia to the east, especially the calles Diputacie, Consejo de Ciento, Mallorca, and ValÃ¨ncia as faro as the Mercado de la Concepcie market.
El mercado se llama Mercat de la Cantaloupe
El mercado vende muchas frutas y verduras.
Hay un mercado llamado Mercat de la Concepció.
Entre la isla y el continente está la Laguna Nichupté, una enorme laguna de agua de mar rodeada de manglares que son refugio de numerosas especies silvestres.
Lagun Nichupte es un desierto.
Laguna Nichupte tiene 10 acres de agua.
Laguna Nichupte es un cuerpo de agua.
La ciudad de Alayor, un montón de casas blancas agrupadas en una colina baja, parece a lo lejos como un pueblo árabe o andaluz.
Alaior tiene 100 casas blancas.
Alaior cuenta con multitud de casas blancas.
Alaior es todo cases negras pequeñas.
El área de mayor interés para los visitantes es el pequeño y antiguo barrio que rodea la catedral, que se sitúa en una pequeña colina desde cuya parte superior se ve la bahía.
Todos los visitantes se quedan lejos de la catedral.
A los visitantes les gusta el área alrededor de la catedral.
A los visitantes les gustan las flores alrededor de la cátedra.
Las Gargantas de Apreamont (cerca de la pequeña ciudad de Barbizon, famosa por sus pintores paisajistas del siglo XIX) tienden a estar menos abarrotadas.
Las ciudades cerca de Barbizon son las más pobladas.
Sólo hay 10 personas en Gorges d'Apreamont.
No hay tanta gente en las ciudades cerca de Barbizon.
Los peregrinos comprarían pasteles de miel para esta serpiente y los dejarían en la entrada del templo para su disfrute.
La serpiente finalmente murió por complicaciones relacionadas con la diabetes.
La serpiente vivía cerca de la entrada del templo y comía pasteles de miel.
La serpiente sólo comería a los peregrinos que intentasen entrar en el templo.
Poco se sabe de los habitantes del extremo sudoeste de Europa de los inicios de la Edad de Piedra.
10000 personas vivían en Europa en la Edad de Piedra.
La gente no se trasladó a Europa hasta 1000 años después de la Edad de piedra.
Peopel vivió en Europa durante la Edad de Piedra.
Siempre y cuando no pongas objeciones a que los expertos residentes de 10 años te pongan en evidencia.
Los niños de diez años son idiotas.
Los niños de diez años lo saben todo sobre la ciencia.
Los niños de diez años saben de lo que están hablando.
Hoy en día se llama Parque del Templo del Cielo (Tiantan Gongyuan).
El Parque del Templo del Cielo es nuevo.
Temple of Heaven Park fue nombrado así en 2010.
El Templo del Parque Heaven se quemó.
Para los cinéfilos, la exhibición más interesante será la colección de viejos nickelodeons, autoscopes y máquinas movieola que proyectaron las primeras imágenes en movimiento.
Los viejos nickelodeon son aburridos para los aficionados al cine.
Las máquinas de discos antiguas son interesantes para los cinéfilos.
Los viejos nickelodeons deberían ser propiedad de cinéfilos.
Siguiendo hacia el este verá la discreta fachada de la Komische Oper, una de las compañías de ópera más importantes de Berlin.
La Ópera Cómica se encuentra en Australia.
El Komische Oper está en Alemania.
El Komische Oper es el más famoso de Alemania.
Miramar, un agradable barrio residencial con preciosas casas familiares, disfruta de su ubicación junto al aeropuerto regional de Isla Grande.
Miramar tiene casas bonitas.
Miramar es un basurero.
Los ricos viven en Miramar.
Si está buscando una alternativa nocturna a Harvard Square, diríjase a Inman Square, con sabor hispano, ubicado en Cambridge Street.
Harvard Square es peligroso de noche.
Harvard Square es el mejor de la noche.
Por la noche, Harvard Square no es espectacular.
La gran depresión llegó a California con fuerza.
California estuvo muy afectada por la mala economía.
La economía de California siempre ha prosperado.
Nadie en California tenía trabajo.
El espíritu de liberalismo prevaleciente en Europa tardó en llegar a España.
El liberalismo llegó a España en los años 20.
El liberalismo no llegó a España hasta más tarde.
España nunca ha sido liberal.
El cinismo se disuelve con su primer sabor del ambiente apacible de la ciudad, creado por una combinación inteligente de las comodidades de la modernidad sofisticada con los placeres más simples de la naturaleza en la puerta trasera.
La ciudad es un lugar enfadado y terrible.
El pueblo es amistoso.
La ciudad es tan agradable que nunca quiero irme.
En el medio de la plaza todavía hay sombra y un jardín de flores en donde los lugareños y los visitantes se reúnen para el almuerzo o la cena.
A la gente le gusta comer su comida en el jardín.
La gente se alinea para comer en el jardín.
El jardín huele mal, así que nadie quiere comer en él.
Por la noche hay muchos buenos restaurantes, clubes y teatros en los que disfrutar, y durante el día hay una playa espectacular, con un muelle de atracciones, un carrusel antiguo y varias galerías comerciales en los alrededores.
Hay muchos restaurantes de 4 estrellas.
Hay muchos sitios para poder ir tanto por el día como por la noche.
No hay nada que hacer allí por la noche.
Junto al puerto de cruceros se encuentra Flag Hill, que se eleva 700 pies (214 metros) por encima del nivel del mar.
La colina de la bandera su muy alta comparado con el resto de ciudad.
Flag Hill está sobre el nivel del mar.
Flag Hill está por debajo del nivel del mar.
El gran momento histórico se produjo en 1864, cuando su capital, Charlottetown, organizó una reunión de líderes marítimos con delegados de Ontario y Quebec para marcar el camino hacia el estatus federal de Canadá como un dominio unido.
Charlottetown acogió a líderes que estaban cambiando el sector marítimo.
Charlottetown acogió a líderes.
Charlottetown fue la más famosa en 2019.
Otra derrota importante tuvo lugar en Rocroi, en Flanders, en 1643, cuando las tropas españolas, que nunca recuperaron su antigua gloria, fueron dirigidas por los franceses.
Rocroi es donde ganaron los españoles.
Rocroi vio a 1000 soldados españoles muertos.
Rocroi fue donde los españoles fueron derrotados.
Al lado de la iglesia es todo lo que queda de Contra-Aquincum un cuadrado excavado con bancos y una pequeña muestra de tabletas y relieves encontrados en el sitio.
La plaza no tenía dónde sentarse.
Hay una plaza cerca de la iglesia.
Hay una plaza con diez bancos.
También hay bastantes lugares para más riesgo o actuaciones innovadoras.
Todas las sedes tienen actividades para los niños.
Hay lugares con espectáculos de estriptis.
Hay lugares que tienen actuaciones de adultos.
Pregúntele a su agencia de viajes por detalles de los próximos programas, y reserve con anticipación cuando sea posible.
Lo mejor es reservar 6 meses antes de la visita.
Es mejor reservar pronto.
Puedes reservar cuando estés allí.
De vuelta en la ciudad, un paseo frente al mar te lleva a través de Chinatown en Jalan Bandar.
Chinatown está en el agua en San Diego.
Chinatown está en el agua.
Chinatown está muy lejos del agua.
Más tarde se ejercieron los tribunales de justicia, aquí se impartió justicia.
Solo fue por la iglesia.
Allí se estaba celebrando un tribunal para divorcios y asuntos familiares.
Allí tuvo lugar el tribunal.
Si se dirige al este de la terminal de Star Ferry, llegará al ayuntamiento.
City Hall está 2 cuadras hacia el este de la terminal.
El ayuntamiento está cerca de la terminal de ferry.
El ayuntamiento está muy lejos de la terminal.
Sin duda alguna, el atractivo inicial de la ciudad lo representan sus numerosos edifícios históricos.
La ciudad también tiene una universidad y un puerto que son interesantes.
La ciudad fue construida hace pocos años y no tiene mucha historia.
Hay muchos edificios históricos que son interesantes.
Las principales avenidas para compras y paseos son las elegantes Passeig de Gracia, la versión barcelonense de los Campos Elíseos y la peatonal Rambla de Catalunya, un segmento de la parte alta de La Rambla.
La actividad comercial y los peatones están prohibidos en Passeig de Gracia.
Los precios para las compras en estas zonas son un poco más altos que en las zonas aledañas.
Hay zonas comerciales en la parte alta de La Rambla.
Los sistemas de recursos humanos se consolidaron y las nuevas estructuras corporativas se definieron con rapidez para asegurar un apoyo continuo hacia la base de clientes ampliada.
Al consolidar los sistemas de recursos humanos, se creó espacio para las nuevas estructuras corporativas.
Se crearon estructuras corporativas.
Los sistemas de recursos humanos ampliaron sus horizontes más allá del estado previo.
Aunque las estrategias de financiación pueden mejorarse, se dispone de fondos para esta labor.
Hay recursos disponibles para estas tareas.
No hay fondos disponibles para el trabajo.
No hay suficientes fondos para el trabajo.
Las estadísticas en rutas rurales presentadas en este trabajo están basadas en los datos del National Mail Count de 1989.c
Las estadísticas de este documento se basan en un informe del 2001.
Las estadísticas de este documento están desactualizadas.
Este documento incluye datos sobre rutas rurales.
Los ejecutivos también podrían recibir una calificación de provisional o fallar para cada elemento.
Cada elemento sobre el que se pone a prueba la función ejecutiva puede dar lugar a puntuaciones diferentes.
Los ejecutivos no pueden fallar.
Los ejecutivos deben obtener una buena calificación para poder continuar.
Un tema del que se habla durante la entrevista inicial es la reacción del hogar al correo publicitario.
En desacuerdo en la entrevista no conseguirá el trabajo.
La entrevista de entrada no menciona nada sobre publicidad por correo.
La entrevista de entrada incluye un poco de información sobre cómo las personas reaccionan a los correos publicitarios.
189 y los costes para el usuario se estiman de la misma forma.
Adivinaron el coste del usuario.
Supusieron que los costes de usuario eran 10 000 $.
Sabían los costos exactos del usuario.
Por ejemplo, en GGD, se realizó un estudio de diseño como un trabajo separado, culminando.
Nunca se realizó un estudio de diseño.
Un estudio de diseño se realizó de forma aislada.
El estudio de diseño no tuvo éxito.
Las nueve agencias que respondieron informan su participación en un
Solo dos de las nueve agencias se molestaron en responder nuestras preguntas sobre la participación.
Hubo nueve agencias que respondieron afirmativamente que participarían.
Estas nueve agencias están complacidas de tener un nivel de participación tan alto.
Desde 1996, el ratio de la riqueza de los hogares ha aumentado llegando a su máximo de 6,4 con rapidez en 1999.
Todos los hogares ganaron 10000 $ más el año pasado.
Los hogares han estado perdiendo mucha riqueza.
Los hogares han incrementado mucho su radio de ingresos.
En el enfoque de la subclase, a la categoría básica y de trabajo compartido se les asigna un margen de porcentaje sobre el costo, para obtener su tasa promedio.
La categoría básica es más que el coste.
El precio es un 10 % superior al coste.
El precio siempre es inferior al coste.
Es el deber de un CIO gestionar las expectativas y ayudar a asegurar que todos los miembros de una organización CIO comprenda con claridad sus responsabilidades.
El CIO tiene muchas funciones, entre ellas la gestión de las expectativas y el asegurarse que los miembros comprendan sus responsabilidades.
El CIO no tiene idea de cuáles son las responsabilidades de los miembros y no se hace responsable de informarlos.
El CIO debe comunicarse frecuentemente con los miembros para delinear sus responsabilidades.
19 Asumiendo cuatro meses de trabajo previo a la asignación del contrato, habrían sido necesarios 13 meses para modernizar este calentador 675 MWe.
Sólo tardó dos meses en adaptarlo.
Tomó 13 meses para actualizar la caldera para el submarino.
Necesitó 13 meses en total para actualizar la caldera.
La escasez de trabajadores de TI capacitados en el entorno actual del mercado, suele ser una razón importante para que las organizaciones líderes externalicen estos servicios.
Hay demasiados trabajadores de IT.
No hay suficientes trabajadores de TI porque todos se fueron a la India.
No hay suficientes trabajadores de IT para cubrir los puestos de trabajo.
No es posible conocer la extensión o dirección de la tendencia en el cambio de incidencia total basado en la aplicación general de una sola función C-R en cualquier parte.
Es obvio cuánto prejuicio hay.
No puede saber cuánto prejuicio existe porque es difícil separarse de otras influencias externas.
No puedes saber cuánto prejudicio hay.
Los efectos técnicos de los costos, debido al trabajo realizado por una parte que puede hacerlo a un costo mayor, también se calculan de la misma manera que antes.
Los efectos de los costes técnicos se calculan de una manera.
No han descubierto cómo calcular los efectos de los costes técnicos.
Usan los datos históricos para calcular los efectos de costos técnicos.
Práctica 4: Gestionar el riesgo sobre una base continua
El capítulo cuatro contiene un ejercicio práctico sobre cómo tratar el riesgo.
El libro no contiene información sobre la gestión de riesgos a largo plazo.
Este ejercicio se debe finalizar y entregar antes de que acabe la semana.
, el Regional Haze RIA y el NOx SIP Call RIA), la estimación de los beneficios de bajo costo asumió un umbral en los efectos de salud de PM a 15: g/m3.
Estimaron los beneficios.
Tenían una estimación aproximada de los beneficios, pero probablemente era incorrecta.
No tenían ni idea de cómo estimar los beneficios.
Algunos propietarios de instalaciones han sido innovadores en sus planes de construcción para minimizar el tiempo de espera.
El tiempo de inactividad se puede reducir utilizando planes de construcción innovadores.
Los propietarios de las instalaciones no están interesados en minimizar el tiempo de inactividad.
El almacenamiento de inventario más eficiente es una pieza clave para minimizar el tiempo de inactividad.
Además, el personal del programa realiza varios talleres y ofrecen materiales educativos a los nuevos proveedores.
El personal del programa cortó todos los talleres el año pasado.
El personal del programa ofrece talleres para estudiantes de inglés.
El personal del programa realiza talleres.
49 Una prima salarial permite a los skimmers obtener una ventaja de eficiencia / costo simplemente pagando el salario prevaleciente.
Los picotijeras suelen hacer cosas ilegales, pero se salen con la suya.
Los clonadores pueden avanzar pagando lo mismo que el resto.
Los desnatadores pagan mucho más que los demás.
Por ejemplos, los empleados deberían tener que usar una tarjeta de crédito designada por la agencia para ciertos gastos, como los hoteles.
Los empleados no tenían una tarjeta de crédito para utilizarla.
Los empleados necesitaban cargar toda su comida a la tarjeta.
Los empleados necesitarían usar la tarjeta de crédito del hotel.
Se requeriría a los abogados financiados por LSC que den seguimiento a la ubicación geográfica de sus clientes y que se retiren de los casos si sus clientes extranjeros abandonan los Estados Unidos.
Los abogados son pagados por el LSC si están trabajando en terrorismo.
A algunos abogados les paga el LSC.
El LSC sólo financia a los estudiantes de medicina.
29 Por lo tanto, 21 meses debería representar una estimación razonable y, en algunos casos, conservadora sobre el tiempo total necesario para actualizar un único proveedor de calderas.
Nunca podría llevar menos de 21 meses.
Debería tomar alrededor de 21 meses para adaptar un solo calentador.
El reacondicionamiento de una caldera se puede hacer en pocos días.
Esto también ha sido verdad en entornos de cuidado primario.
Eso también ocurrió en la atención primaria.
Eso solo pasa en especialistas.
También hubo cuentas impagas en atención primaria.
Pero su trabajo en el banco afecta a las vidas de los desfavorecidos, como los llama Zelon, uno por uno.
Su trabajo como juez ayudó a las minorías pobres en Nueva York.
Su trabajo como juez ayudó a la gente pobre.
Su trabajo se centró en las personas ricas.
Los efectos de bienestar de los anuncios publicitarios que se desplaza se calculan de la misma manera que en la sección anterior sobre las ganancias.
Calculan los efectos de bienestar como lo hacen sobre cuánto dinero ganan.
Calculan efectos de bienestar rápidamente en una calculadora.
No saben cómo calcular los efectos del bienestar.
Por ejemplo, en 1983, el fondo fiducario del Seguro de Vejez y Sobrevivientes tomó prestado de los fondos fiduciarios del Seguro de Incapacidad y del Seguro Hospitalario.
El fondo fiduciario pidió dinero prestado porque tenía un déficit enorme.
El fondo fiduciario nunca ha tenido que pedir prestado.
El fondo fiduciario necesitaba un préstamo.
1) Aumento de la penetración de modos alternativos de comunicación
La comunicación alternativa ahora constituye el 60 % de la comunicación.
Todos usan solo letras.
Cada vez son más populares otros modos de comunicación.
Las estimaciones derivadas de los estudios sobre la exposición a largo plazo que justifican una parte importante de los beneficios del Cálculo Base no se ven afectadas.
Todos los cálculos miran a las personas que están expuestas solo una vez.
Las estimaciones incluyen la exposición a largo plazo, por lo que a corto plazo es probablemente mucho menor.
Las estimaciones se refieren a la exposición a largo plazo.
Los ensayos de eficacia son el primer paso, pero la implementación de sistemas comprobados de detección de alcohol y de intervención breve en entornos hospitalarios y comunitarios ha sido la parte más difícil del proceso.
Primero haces una prueba de eficacia.
Primero, deberá evaluar la eficacia de una intervención.
La prueba de eficacia es el último paso.
Segundo, el departamento de urgencias es un entorno con un ritmo rápido en el que los profesionales no pueden sacar tiempo fácilmente para llevar a cabo unas intervenciones breves por el alcohol, aunque cuenten con la formación, las destrezas y el deseo de hacerlo.
El ED no tiene prisa y es relajado.
Las cosas van realmente rápido en el departamento de emergencias porque ven 2000 pacientes por semana.
Las cosas se mueven realmente rápido en el servicio de urgencias.
Este es un gran desafío y una gran expectativa para cualquier sistema de intervención.
Toda invención supone retos, pero algunas invenciones conllevan muchos más retos que otras.
La mayoría de las intervenciones son perfectas.
Un tipo de intervención tiene un gran desafío, sin importar qué.
Cuando el cupón de viajes se está procesando, el sistema automatizado puede comparar la información de los cargos actuales que procesa la empresa de la tarjeta de crédito con los que figuran en el cupón.
Cuando el cupón de viaje se utiliza, el sistema puede comparar la información para asegurarse de que no hay un fraude.
Cuando se utiliza el comprobante de viaje, el sistema puede comparar la información.
Cuando se utiliza el comprobante de viaje, el sistema entra en panico y deja de funcionar.
El uso de la tecnología puede reducir el tiempo necesario para que los proveedores y el personal proporcionen personalmente servicios de detección e intervención y se dirijan a los pacientes que puedan obtener beneficios de los breves mensajes de intervención.
La tecnología puede reducir hasta un 80 % el tiempo que los proveedores y el personal necesitan para evaluar a las personas.
La tecnología puede reducir el tiempo que los proveedores y el personal necesitan para evaluar a las personas.
La tecnología no contribuye a la investigación en absoluto.
12HEI patrocinó en varias ciudades el Estudio Nacional sobre la Morbilidad, Mortalidad y Aire Contaminado (NMMAPS, por sus siglas en inglés).
El 12HEI está en una matrícula.
12HEI tiene una relación directa con la contaminación del aire.
12HEI fue un patrocinador del proyecto.
Me complacería responder a cualquier pregunta que puedan tener los miembros del Subcomité.
No acepto preguntas.
Me gusta hablar sobre mi trabajo, así que me gustaría contestar preguntas.
Me encantaría responder preguntas.
Los recursos que estamos solicitando para el año fiscal 2002 son críticos para mantener nuestro alto nivel de desempeño y servicio al Congreso.
Estamos solicitando los $ 3 mil millones que necesitamos.
Estamos solicitando el dinero que necesitamos para este año.
Este año no hemos pedido nada de dinero.
TABLA A.- TOTAL DE SUBSIDIOS DE MERCURIO ASIGNADOS O SUBASTADOS PARA EGUS
El Mercurio no puede estar por encima de 10 ppm.
Mercurio tiene conseciones establecidas.
No hay reglas acerca del mercurio.
La figura 3 muestra los resultados básicos de los dos modelos.
La Figura 3 muestra cómo los modelos calculan los ingresos.
La Figura 3 muestra la tasa de crecimiento de la ciudad.
La Figura 3 muestra lo que hacen las modelos.
En este híbrido, el presidente ejecutivo asigna el control central a un CIO corporativo y una organización CIO, a la vez que delega autoridad específica a cada unidad de negocio para gestionar sus propios y únicos requisitos de gestión de información.
Un director general de soporte y un director general corporativo podrían compartir el control de una compañía en algunas organizaciones.
Los CIO corporativos generalmente ganan menos que los CEO.
En organizaciones híbridas, el CEO mantiene control central directo de la organización.
Las funciones C-R también se pueden estimar con o sin umbrales explícitos.
Las funciones C-R se pueden estimar de dos formas diferentes y después se pueden publicar para que el lector decida.
Las funciones C-R se pueden estimar de dos maneras diferentes.
Las funciones C-R nunca pueden ser estimadas.
Además, pocas administraciones postales le pagan a sus empleados una prima salarial tan grande como la de los EE. UU.
En muchos países, los empleados postales ganan menos de cinco dólares por día.
Los empleados postales en los Estados Unidos ganan mucho menos dinero que los trabajadores postales en otros países.
EE. UU. paga a los empleados del correo más que la mayoría de los países.
Ya hemos hecho mucho, pero queda mucho por hacer.
Por fin todo está acabado y no tenemos nada más que hacer.
Hay exactamente cinco tareas más que todavía se deben realizar.
Aunque hayamos llegado tan lejos, todavía tenemos cosas que hacer.
El Dr. Gentilello recomienda el desarrollo de un centro de investigación ED sobre el alcoholismo.
Algunos recomiendan un centro de investigación de la disfunción eréctil por alcoholismo
El Dr. Gentilello cree que ya se está dedicando demasiado dinero a la investigación.
Este centro de investigación emplearía a hasta 10 personas.
La Oficina del Censo de los Estados Unidos ha agrupado los datos del Censo de Población y Vivienda de 1990 utilizando códigos postales de 5 dígitos.
La Oficina del Censo de los Estados Unidos ha organizado sus datos por código postal desde la década de 1960.
Los datos sobre población y vivienda recopilados en el censo de 1990 están organizados por código postal.
No se llevó a cabo un Censo en los Estados Unidos en 1990.
Se observaron diferencias importantes, no obstante, cuando...
Las diferencias fueron tan significativas que se anotaron.
No hubo absolutamente ninguna diferencia detectable.
Hubo diferencias evidentes y notables.
Incluso si se le permitiera retirarse, esto no exime al abogado de sus obligaciones éticas con/para su cliente, ni de eventuales reclamaciones por negligencia.
Si un abogado se retira de un caso, estará libre de toda obligación y responsabilidad.
A nivel nacional, los abogados se retiran de solo el cinco por ciento de todos los casos.
El abogado se puede enfrentar a responsabilidades incluso si abandona el caso.
Esperamos con interés su apoyo continuo y trabajar aún más estrechamente con usted y su personal este año y en el año fiscal 2002.
Tenemos la intención de cortar nuestra relación con su organización con efecto inmediato.
Trabajamos estrechamente con siete empleados diferentes este año.
En este año pasado has hecho algo para apoyarnos.
Exigir a los abogados que supervisen los movimientos de los extranjeros elegibles en todo momento del año impondría cargas monumentales a los beneficiarios de LSC.
Si se estableciera este requisito, la cantidad de beneficiarios del LSC disminuiría un 80 por ciento.
Sería un asunto trivial que los extranjeros que son aptos fuesen siempre supervisados por un abogado.
Sería mucho trabajo monitorizar a un grupo de personas en todo momento.
A medida que el estado contrata más funciones de gestión y tecnología de la información, también es esencial que tenga una buena experiencia en gestión de contratos.
Para el próximo año, el estado tendrá contratos pendientes por un total de cinco millones de dólares por año.
Es importante administrar bien los contratos cuando se firman más contratos.
No hay necesidad de que el estado se preocupe por gestionar los contratos.
Esta es una curva de demanda, condicionada a la restricción de que el descuento sigue siendo el mismo, bajo qué condición ningún remitente cambiará a la realización de tareas compartidas.
La curva de demanda depende de que el descuento sea el mismo.
La curva de demanda no depende de nada.
La curva de demanda no cambiará este mes.
Atendiendo a comentarios del público, el permiso de operación Título V no será definitivo hasta que se haya finalizado la prueba de conformidad del dispositivo de control.
Se debe completar el dispositivo de control primero.
El público tiene prohibido hacer comentarios.
Title V es un documento muy importante.
Contribuciones de la entidad del empleador a los programas de seguros sociales.
Los empleadores donan a los programas de asistencia alimentaria.
Los empleadores dan a los programas sociales.
Los empleadores guardan su dinero para ellos.
Los cambios son la reducción de personal, los cambios en los métodos de contratación y los negocios.
Están despidiendo a la mitad de sus empleados.
Están despidiendo a algunas personas.
¡Están contratando como locos!
El permiso de operación del Título V también debe estar disponible para comentarios públicos.
Algunas personas no quieren permitir los comentarios públicos.
Se deben permitir los comentarios públicos.
No hay necesidad de permitir que el público haga comentarios.
Por el contrario, el impacto del volumen es mayor en los EE. UU. que en Francia porque los EE. UU. tienen densidades postales más bajas y una mayor variación en los volúmenes.
El impacto en Francia es mayor que en los Estados Unidos.
El impacto en Francia está aumentando.
Hay un impacto mucho mayor de volumen en los Estados Unidos.
y control interno en cualquiera de dos 6
Los controles internos no existen.
Algunos coches tienen controles internos.
Algunos tienen controles internos.
Para los clientes que son analfabetos en cualquier idioma, se les deben explicar cuidadosamente los materiales.
Hay muchas personas analfabetas y necesitamos un plan para trabajar con ellas.
Las personas analfabetas pueden resolverlo por sí mismas.
La gente analfabeta no entendería los materiales.
La cooperación entre el programa y las divisiones de integridad es el medio por el cual se abordan los asuntos emergentes.
Los grupos nunca se hablan el uno al otro.
Los dos grupos trabajaron juntos para asegurarse de que no faltaba ninguna pieza importante.
Los dos grupos trabajan juntos.
Gestionar el cambio en las industrias postales y de envío, Ed.
El cambio en las Industrias Postal y de Entrega debe ser administrado.
El cambio en las Industrias de Correos y de Entrega ocurre de forma orgánica y no se tiene que gestionar.
Hay personas cuyo único trabajo es gestionar los cambios en las industrias de envío y correo.
Cuando Babcock & amp; Wilcox modernizó la caldera AES Somerset 675 MWe, el parón comenzó el 14 de mayo y la caldera volvió a funcionar el 26 de junio, lo que supuso un parón de casi seis semanas.
El apagon deberia haber terminado mucho antes.
Hubo un corte de servicio de seis semanas.
No hubo interrupción del servicio de la caldera.
Necesitamos estos recursos adicionales para continuar nuestros esfuerzos para fortalecer aún más la GAO y ser una organización modelo para el resto del gobierno federal y las organizaciones responsables de rendir cuentas en todo el mundo.
Queremos que la GAO se desmorone.
Queremos fortalecer la GAO porque tiene muchos problemas en este momento.
Queremos hacer GAO más fuerte.
Por lo general, se necesita tiempo adicional para desarrollar el plan de acción.
Pueden desarrollar el plan más rápido de lo que se esperaba.
Por lo general, necesitan otro año para implementar el plan.
Normalmente necesitan más tiempo para crear el plan de acciones.
En la mayoría de los casos, la relación entre concentración y respuesta puede estar sobreestimada, en otros casos puede estar subestimada.
Se necesita un nuevo método para estimar la relación concentración-respuesta.
La relación concentración-respuesta rara vez se resuelve exactamente.
Los efectos de la relación concentración-respuesta rara vez se sobreestiman.
Incluyen un futuro presupuestario federal estable, innovación tecnológica y mejoras en las operaciones y la prestación de servicios de las agencias gubernamentales.
Se incluyeron mejoras en las operaciones de las agencias gubernamentales.
Debería haber habido más cosas incluidas.
No incluyen la innovación tecnológica.
Un tamaño para todos no funciona en intervenciones breves, como no funciona en la práctica clínica general.
Cada caso necesita tener una persona específica trabajando en ello.
Tener un tamaño para todos no es una buena política en las prácticas clínicas.
Una talla para todos cuando se trata de intervenciones breves.
En otras palabras, cuando los bienes existentes en una familia incrementan su valor, la gente puede ahorras menos de sus ingresos actuales y aun así lograr su objetivo de ganancias patrimoniales.
Los activos existentes de un hogar no tienen relación con la cantidad de dinero de los ingresos que se debe ahorrar.
El valor aumentado en activos existentes puede reducir la cantidad de ahorro que se necesita de los ingresos.
Es aconsejable seguir ahorrando lo mismo de siempre.
El plan también debería identificar el método de adquisición, los puntos clave a seguir o no, un plan de formación formal y un plan de contingencia para minimizar las pérdidas.
Se debería incluir en el programa un plan de contingencia para minimizar las pérdidas.
El plan no necesita contener un programa de entrenamiento.
El plan también debe incluir un presupuesto.
La Figura 6 muestra los costos unitarios promedio generados con la función de costo para el USPS.
El coste medio del servicio de correos está reflejado en el gráfico 6 y representa todos los beneficios.
El precio promedio para USPS se muestra en la figura 6.
Los costes se muestran en la imagen 9 para USPS.
Tenía sentido que el estado subcontratara funciones tácticas como puestos de información y gestión del ordenador central.
El estado no externaliza ninguna función.
El estado subcontrató cosas como servicios de ayuda y administración de servidores.
También, existieron muchas otras funciones que el Estado pudo haber subcontratado.
28 En algunos casos son necesarios cortes más largos.
Nunca es necesario tener interrupciones.
A veces se necesitan interrupciones más largas.
A veces necesitas apagar la energía por más tiempo.
Este proyecto llamado Partners for Justice es una operación cooperativa entre los cinco programas de LSC, LATIS, el Appleseed Justice Center, el programa Pro Bono del Colegio de Abogados de Carolina del Sur y 46 agencias de servicios sociales.
Partners for Justice no es un proyecto cooperativo.
El nombre del proyecto es Partners for Justice (Socios para la justicia).
Este proyecto no ha tenido mucho éxito.
Se supone que los niveles de contaminación del aire por debajo del umbral para cada efecto de salud estudiado no causan el efecto.
La contaminación del aire no tiene ningún efecto sobre la salud, independientemente de los niveles.
Los niveles de contaminación del aire pueden causar efectos peligrosos a la salud según el umbral.
Hay un umbral en cada estudio que determina el efecto de la contaminación del aire.
Un instrumento clave usado por cada empresa para asegurar que el diseño de un producto era estable hacia el final de la fase de integración de producto era una demostración que el diseño encontraría exigencias.
Las empresas no usan llaves.
Cada compañía tiene una llave diferente.
Todas las compañías utilizan claves.
Brendan Gill, el antiguo director ejecutivo del grupo Bexar County, dijo que desde entonces ve la fusión como un movimiento positivo para South Texas.
A Brendan Gill no le gusta la fusión.
A Brendan Gill le gusta la fusión
Brendan Gill ganó dinero con la fusión.
En este caso, el nivel de diferencia es 9a, lo que es igual a la diferencia en coste de 6a aumentado por un incremento del 50 %.
9a no es la diferencia de velocidad.
9a es la medida más importante.
9a es el índice de diferencia.
Los archivos de casos deberían copiarse y entregarse al cliente.
Es un procedimiento para enviar archivos de casos al cliente.
El cliente se quedará a oscuras.
Se le darán al cliente la documentación.
Si los activos existentes de los hogares pierden valor, la gente tiene que ahorrar más para alcanzar su meta de ingresos de riqueza.
Los activos perderán valor a veces debido al mercado.
Si los activos de los hogares pierden valor, la gente tendrá que ahorrar menos.
Si los activos de las personas pierden valor, terminan teniendo que ahorrar más.
Centrelink determinó que también en Australia el 65 por ciento de sus pagos incorrectos prevenibles 13 se relacionan con la declaración incorrecta del ingreso por el cliente o beneficiario.
Centrelink pide a sus clientes que introduzcan los datos de forma cuidadosa cuando declaren sus ganancias.
Centrelink nunca tiene pagos incorrectos causados por una incorrecta declaración de ingresos por parte de los clientes.
Los pagos incorrectos que tiene Centrelink son previsibles en algunos casos.
Los activos acumulados pueden generar ingresos en forma de intereses y dividendos que a su vez pueden preservarse.
Los activos te hacen perder dinero con el interés.
El interés y los dividendos son mucho dinero.
Puedes generar ingresos con activos.
Suponer que los abogados financiados por LSC pueden representar a sus clientes extranjeros solo mientras estos estén físicamente ubicados en los Estados Unidos, presentaría a los proveedores de LSC dos opciones.
Los extranjeros pueden tener representación legal cuando están en Estados Unidos.
La mayoría de extranjeros no recurren a servicios legales cuando lo necesitan.
Los Estados Unidos no permiten extranjeros en ninguno de sus estados.
recibe una calificación de aprobado si cumplen con el estándar de éxito total para un elemento.
El cumplimiento total de un estándar exitoso dará como resultado un pase.
Si no cumplen con el estándar, fallarán.
Cumplir completamente el estándar para un elemento dará como resultado una calificación de falla.
Por ejemplo, las ganancias en activos existentes reducen la cantidad de la aportación que un empleador necesita realizar para financiar su responsabilidad por pensiones.
Todos los activos disminuyen el valor por día.
Los activos como las propiedades inmobiliarias ganan valor por año.
Es posible que los activos existentes acumulen ganancias.
El movimiento islámico, que nació sobre 1940, es un producto del mundo moderno, influenciado por conceptos marxistas-leninistas sobre organización revolucionaria.
Los conceptos marxistas-leninistas se incorporaron al movimiento islamista.
El movimiento islamista se inició en el siglo VI.
El movimiento islamista fue originalmente fundado como una organización para la movilización social.
Otros consejeros se hicieron eco de esta preocupación.
Todos los consejeros estuvieron unanimamente de acuerdo en que no habia de que preocuparse
Solo un consejero no expresó su preocupación por este plan.
Diferentes asesores comparten esta preocupación.
El sistema también eligió pasajeros al azar para recibir un control de seguridad adicional.
Todos los pasajeros pueden pasar sin problemas.
A los pasajeros de Soem les escanean todo el cuerpo.
Algunos pasajeros son controlados más a fondo por la seguridad.
No hemos encontrado indicios de que la idea haya sido informada a la nueva administración o de que Clarke les haya pasado su trabajo, aunque el mismo equipo de funcionarios de carrera abarcó ambas administraciones.
Estamos 100% seguros de que Clarke nunca dio su papel a nadie.
No podemos encontrar pruebas de que Clarke le haya entregado su trabajo.
Sabemos con seguridad que Clarke les dio su trabajo el 2 de julio.
No está claro si el sistema puede instalarse antes del 2010, pero incluso este calendario puede ser demasiado lento, dados los posibles peligros de seguridad.
Es difícil instalar el sistema porque los piratas informáticos lo atacan todas las noches.
No es fácil instalar el sistema debido a peligros de seguridad.
Prometo que el sistema de seguridad estará instalado en 6 semanas.
Informe de inteligencia, interrogatorio de KSM, 30 de julio de 2003.
En julio de 2003 se llevó a cabo un interrogatorio del KSM.
KSM no fue capturado hasta fines de 2008, cuando finalmente fue interrogado en detalle.
El interrogatorio reveló que el sabor favorito de helado de KSM era el chocolate.
Por lo tanto, mientras protegen nuestra patria, los estadounidenses deben ser conscientes de las amenazas a las libertades personales y civiles vitales.
Los estadounidenses no tienen que preocuparse por sus libertades civiles, siempre estarán protegidos.
Los estadounidenses deberían asegurarse de que no retiren sus armas.
Los estadounidenses deberían prestar atención a las amenazas a nuestras libertades.
Entregarlo repetidamente no lo hizo más efectivo.
La entrega no mejoró cuán efectivo fue.
La entrega hizo que fuera increíblemente efectivo.
No lo hizo más efectivo cuando lo entregamos a la Casa Blanca.
El nivel inferior, el director de la unidad de Al Qaeda en la CIA en ese momento, recordó que no pensaba que fuera su trabajo dirigir lo que debería hacerse o no.
El director no quería involucrarse porque estaba casi retirado.
El director de la unidad no quiso involucrarse dirigiendo lo que se hizo.
El director pensó que todo dependía de él.
Ramzi Yousef y Khalid Sheikh Mohammed planearon la trama aérea de Manila en 1995, y KSM ayudó a financiar el intento de Yousef de volar el World Trade Center en 1993.
En 1993 hubo un intento de explotar el World Trade Center.
Khalid Sheikh Mohammed era bien conocido por sus esfuerzos para erradicar el terrorismo en todo el mundo.
Estas parcelas presentaron fallas y se descartaron más esfuerzos.
De acuerdo con KSM y Khallad, Abu Bara nunca solicitó un visado de los EE. UU.
Abu Bara no quería una visa.
Abu Bara nunca completó la solicitud del visado.
Abu Bara recibió una visa en 2011.
Pickard recuerda la presunta aseveración que se hizo en una sesión informativa el 12 de julio.
Pickard no podía recordar nada de lo que habían dicho.
Pickard recordó que la sesión informativa cubría los hechos del accidente.
Pickard recordó lo que se dijo en el informe.
Había viajado a Pakistán, pero se puso nervioso cuando se le preguntó si había viajado a países cercanos mientras estaba en Pakistán (Pakistán era la ruta habitual para dirigirse a los campos de entrenamiento de Afganistán).
No era inusual que los terroristas viajaran a través de Pakistán hacia Afganistán.
Pakistán y Afganistán están muy distanciados entre sí.
El entrenamiento proporcionado en Afganistán incluida combate cuerpo a cuerpo.
Para un breve resumen de estas rutinas y los motivos por los que no se asumieron correctamente las interrupciones, consultar Essence of Decision (2ª ed.), de Graham Allison y Philip Zelikow.
Las intercepciones fueron manejadas perfectamente.
Las intercepciones fueron enviadas a la persona equivocada para su análisis.
Las interceptaciones no fueron manejadas correctamente.
Hacen que sea más difícil atacar los objetivos con éxito e impiden los ataques, lo que hace que sea más probable la captura.
Sabían que hacer que los objetivos fueran más difíciles conduciría a una mayor tasa de capturas.
Hicieron los objetivos tan fáciles que fueron capturados en cuestión de minutos.
Hacen que los objetivos sean más difíciles, por lo que a su vez están haciendo que las capturas sucedan con más frecuencia.
El sector de defensa aérea del sudeste fue notificado del evento a las 9:55, 28 minutos más tarde.
28 minutos después del hecho, el Sector Sudeste de la Defensa Aérea recibió una notificación.
El sector no recibió las notificaciones a tiempo debido a un retraso en las comunicaciones.
El Sector de Defensa Aérea del Sureste recibió información del evento solo 28 segundos después de que ocurriera.
Esperamos con interés un debate nacional sobre los temas que hemos recomendado, y nos comprometemos a participar activamente en él.
No tiene sentido debatir este tema.
Queremos tener un debate ya que sabemos que esas recomendaciones son importantes.
Nos gustaría debatir las recomendaciones.
Cuando Mihdhar se fue, otros estudiantes se mudaron a la casa.
Mihdhar sabía que los estudiantes estaban esperando que se fuera.
Los alumnos entraron en la casa después de que Mihdhar se hubiera ido.
Los estudiantes protestaron fuera de la casa en la que residía Mihdhar.
Según Binalshibh, si Bin Ladin y KSM se habrían enterado antes del 9/11 que Moussaoui había sido detenido, podrían haber cancelado la operación.
Bin Ladin no sabía que Moussaoui había sido detenido.
Bin Laden no sabía que el FBI había retenido a Moussaoui.
A Bin Laden no le preocupaba que Moussaoui fuera retenido para interrogarlo.
Después de abrir nuevamente el espacio aéreo, nueve vuelos fletados con 160 personas, en su mayoría ciudadanos saudíes, partieron de Estados Unidos entre el 14 y el 24 de septiembre.
Más de 100 ciudadanos saudíes salieron de los Estados Unidos.
El espacio aéreo no se reabrió hasta finales de octubre.
También hubo varias docenas de ciudadanos británicos que abandonaron el país.
Le pedimos a todas las naciones que se unan a nosotros.
Necesitamos al menos 10 paises que se nos unan.
Necesitamos ayuda de todo el mundo.
¡Lo haremos solos!
También significaba que había un vínculo entre Khallad y Mihdhar, lo que hacía que Mihdhar pareciera aún más sospechoso.
Khallad había financiado la educación de Mihdhar en el Oriente Medio.
Khallad fue asociado con Mihdhar.
Nadie pudo encontrar una conexión entre Khallad y Mihdhar.
La tercera parte informó al mostrador de polícia que los trabajadores habían recibido previamente un aviso contrario del Departamento de Bomberos de Nueva York, que solo pudo llegar a través del 911.
Tanto el FDNY como la policía usaban los mismos sistemas para comunicarse con el público.
El FDNY y el escritorio de la policía no le daban a todos el mismo consejo.
La policía les ordenaba a los civiles que evacuaran el área mientras el departamento de bomberos les decía que esperaran el rescate.
Se evacuó la terminal y la policía encontró partes misceláneas de armas, munición de pistola y parafernalia militar en las bolsas que el hombre había facturado.
La policía encontró agua embotellada en el equipaje facturado por el hombre.
La policía encontró varios artículos en las maletas documentadas del hombre después de que la terminal fuera evacuada.
Las maletas verificadas del hombre sólo contenían ropa y nada más.
Entre las 6:45 y las 7:40, Atta y Omari, junto con Satam al Suqami, Wail al Shehri y Waleed al Shehri, se registraron y embarcaron en el vuelo 11 de American Airlines con destino a Los Ángeles.
Atta y Omari se sentaron junto a la ventanilla mientras que los otros se sentaron en los pasillos.
Intentaron abordar el vuelo, pero Wail al Shehri fue detenido por la seguridad.
Antes de las 8:00 entraron en el avión con dirección a Los Ángeles.
El pueblo de Estados Unidos esperaba disfrutar de un dividendo de la paz, ya que el gasto de EE. UU. en seguridad nacional se redujo tras el fin de la amenaza militar soviética.
Cuando la amenaza soviética terminó, los EE. UU. Se embarcaron en una acumulación militar masiva.
Los presupuestos de defensa se redujeron en más de cincuenta mil millones de dólares por año.
Cuando terminó la amenaza militar soviética, Estados Unidos redujo el gasto en seguridad nacional.
Mientras que los resultados del test respecto a la investigación física excedieron la media nacional, tanto el detector de metales como de rayos X estaban por debajo de la media.
Las inspecciones físicas tenían más probabilidades de encontrar contrabando.
Los resultados del detector de metales estuvieron por debajo del promedio nacional.
Los resultados de las pruebas rayos X fueron muy superiores al promedio nacional.
Los periódicos locales y las pocas emisoras satelitales influyentes, como Al Jazeera, a menudo refuerzan el tema yihadista que retrata a Estados Unidos como antimusulmán.
Todos los periódicos estadounidenses tienen que sonar favorables a los musulmanes.
Algunos periódicos de Arizona parecen antimusulmanes.
Algunos periódicos difunden la retórica antimusulmana.
Nuestro sistema de control de fronteras debe ser capaz de controlar a las personas de manera eficiente y dar la bienvenida a los que son amigos.
El proceso de selección en la frontera debe ser acogedor al mismo tiempo que productivo.
No tenemos tiempo para las bromas cuando lidiamos con los cruces fronterizos.
Tenemos que examinar a todos por igual y tratar así a todos con el respeto que merecen.
Como resultado, ni el pueblo de los Estados Unidos ni el de Arabia Saudita apreciaron todas las dimensiones de la relación bilateral, incluyendo el papel saudita en las estrategias de Estados Unidos para promover el proceso de paz en Oriente Medio.
Los sauditas y los EE. UU. trabajaron juntos.
Los saudíes invitaron al enviado de los EE. UU. a trabajar en el proyecto de paz de Oriente Medio.
Los saudíes se negaron a trabajar con EE. UU. y en su lugar impulsaron la violencia.
El subdirector de Central Intelligence, John McLaughlin testificó que fue informado sobre Moussaoui varios días antes de que Tenet fuera informado, aunque no recuerda la fecha exacta del informe.
McLaughlin lleva 27 años siendo el Director Adjunto de la Central de Inteligencia.
McLaughlin es el Director Adjunto de la Central de Inteligencia.
McLaughlin es el jefe de la FDA.
Fue claro que la agencia líder de respuesta fue el Departamento de Bomberos de Nueva York, y que las otras agencias locales, federales, biestatales y estatales que respondieron actuaron en un rol de apoyo.
Muchas agencias dieron su apoyo al FDNY en su respuesta.
El FDNY no quería que las agencias locales, federales, biestatales y estatales lo ayudaran.
El Departamento de bomberos de Nueva York no era la única agencia a cargo; otras tenían el mismo control.
No hay indicación de que Atta o Shehhi recibieran entrenamiento de vuelo adicional en junio.
Atta y Shehhi recibieron sus certificaciones de vuelo en mayo.
Hay evidencia de que Atta y Shehhi trabajaron duro para convertirse en mejores pilotos en junio.
No sospechamos que Atta y Shehhi continuaron el entrenamiento de vuelo en junio.
El analista de CTC que redactó el informe se basó en los informes de los últimos cuatro años.
El analista de CTC basó su informe solo en información que había salido a la luz el mes pasado.
El analista había estado trabajando para el CTC durante una década.
El analista usó múltiples informes para redactar el documento.
El 4 de agosto, el presidente Bush escribió al presidente Musharraf para pedirle su apoyo en el tratamiento del terrorismo y para instar a Pakistán a participar activamente contra Al Qaeda.
El presidente Bush no tenía ningún contacto con el presidente Musharraf.
El presidente Bush escribió una carta al presidente Musharraf en agosto.
El presidente Musharraf respondió al presidente Bush de inmediato.
Mihdhar dio el Hotel Marriott, en Nueva York, como su dirección, pero pasó la noche en otro hotel de Nueva York.
Mihdhar no se quedó en el hotel en el que indicó que lo haría.
Mihdhar tuvo una maravillosa estancia en el Hotel Marriott de Nueva York.
Mihdhar originalmente tenía la intención de quedarse en el Marriott, pero una aventura de última hora le hizo quedarse con una amante.
Otras pruebas corroboran su cuenta.
Su marido puede corroborar su historia.
Hay otra información que contiene evidencia que respalda lo que ella dijo.
No tenemos absolutamente ninguna razón para creer su explicación.
Él creía que había suficiente causa probable para una orden penal en ese momento.
Sospechaba que la propiedad estaba siendo usada para esconder una operación ilegal de fabricación de bombas.
Fue convencido de que no ocurría nada sospechoso.
Hubo razones para sospechar que se estaba cometiendo un crimen.
Yo no sugerí que hubo una amenaza interna.
Sugirió una amenaza en Irlanda, pero no en Estados Unidos.
No había ninguna razón para creer que había una amenaza interna.
Tenemos buenas razones para sospechar que las alertas de terror se plantearán en breve.
Pero empleó su tiempo en conseguir funcionarios nuevos y trabajar en los documentos básicos de una nueva política de defensa, la revisión cuatrienal de defensa, la guia de planificación de defensa, así como los planes de contingencia existentes.
Mientras trabajaba en estos proyectos tuvo mucho tiempo libre para tomarse varias vacaciones largas.
Poner nuevos funcionarios en el cargo y trabajar en la política de defensa eran proyectos lentos.
El documento final de la política de defensa tenía más de quinientas páginas.
Los EE. UU. no eran una fuente primaria de recursos para Al Qaueda, aunque algunos fondos recabados en los EE. UU. pudieron haber llegado a Al Qaeda o sus grupos afiliados.
Gran Bretaña también le dio dinero a Al Qaeda.
No hay dudas de que Estados Unidos no le dio nada de dinero a Al Qaeda.
Estados Unidos puede haber dado dinero a Al Qaeda.
Las actuales exigencias de seguridad fomentan un exceso de clasificación y fragmentación de la información entre agencias.
Los requisitos de seguridad son mucho más estrictos que antes.
Los requisitos de seguridad no compartimentan demasiado la información.
Los requisitos de seguridad que están actualmente en uso hacen que la información esté sobreclasificada.
Boston Otro acaba de chocar contra el Trade Center.
El Trade Center fue golpeado por un tren.
Fue atacado el Centro Comercial.
El Trade Center no fue atacado.
Si la inteligencia de defensa se reorganiza para elevar las responsabilidades del director de la DIA, entonces esa persona podría ser el funcionario apropiado.
Director de la DIA es la posición más baja en relación con las responsabilidades.
El director de la DIA no está involucrado con la inteligencia de defensa en absoluto.
El director de la DIA está involucrado con la inteligencia de defensa.
Hubo numerosos problemas técnicos, especialmente con los misiles Hellfire.
Los misiles Hellfire tenían errores técnicos.
Los misiles Hellfire funcionaron a la perfección.
Hubo también errores técnicos con otros tipos de misiles.
El Alcalde Giuliani, junto con los comisionados de Policía y Bomberos y el director de OEM, se movió rápidamente hacia el norte y estableció un puesto de comando de operaciones de emergencia en la Academia de Policía.
Se estableció un puesto de comando de emergencia en la Academia de Policía.
Hubo un momento en el que más dos docenas de personas estaban involucradas en la gestión del puesto de comando.
El alcalde evacuó inmediatamente el estado por recomendación del director del OEM.
Finalmente, un bombero que había visto antes desde una ventana que la Torre Sur se había derrumbado, instó a todos a irse, ya que esta torre también podría caerse.
Un bombero sintió que esta torre podría caerse.
El bombero envió un mensaje a sus superiores sobre la caída de la torre.
El bombero estaba seguro de que la torre en la que se encontraban estaba a salvo.
La identificación segura debería comenzar en los Estados Unidos.
La identificación segura no debería usarse nunca en los EEUU.
La identificación segura haría que las cosas fueran más seguras en EE. UU.
Debería haber una identificación segura en los EE. UU.
Fue difícil encontrar pruebas de ataques dirigidos por Bin Laden.
Bin Laden no estuvo involucrado en la dirección de los ataques.
Fue difícil probar que Bin Laden fue el responsable.
Hubo pruebas contundentes de que Bin Laden dirigía los ataques.
No hemos descubierto ninguna evidencia de que KSM estuviera presente en la casa de huéspedes en Islamabad donde ocurrió el arresto de Yousef, como se ha sugerido en la prensa.
KSM nunca estuvo allí en la casa de huéspedes.
Yousef fue arrestado.
Yousef nunca fue arrestado.
Alrededor de las 10:15, el Jefe de Departamento y el Jefe de Seguridad del FDNY, que había regresado a la calle West desde el estacionamiento, confirmaron que la Torre Sur se había derrumbado.
El Jefe de Departamento de FDNY vio el colapso de la Torre Sur.
La Torre Sur se derrumbó antes de las 10:15.
La Torre Sur no se derrumbó.
El dedicado personal profesional, encabezado por Philip Zelikow, ha contribuido con innumerables horas a la finalización de este informe, dejando a un lado otros esfuerzos importantes para asumir esta tarea tan demandante.
Philip Zelikow y su personal pasaron muchas horas preparando el informe.
El equipo se abalanzó sobre los datos para acabar el informe rápidamente.
Había veinte personas en el equipo de Philip Zelikow.
También ordenó al secretario Rumsfeld desarrollar un plan militar contra los talibanes.
Se necesitaba un plan militar contra los talibanes.
Nadie ordenó el desarrollo de un plan militar.
El Secretario Rumsfeld desarrolló un plan militar de inmediato.
Informe de inteligencia, interrogatorio del detenido, 2 de diciembre de 2001.
Se interrogó a un detenido.
No se interrogó a ningún detenido.
El informe de inteligencia fue redactado el 3 de diciembre de 2001.
Como se discutió anteriormente, la razón por la que Jane decidió que no podía compartir información fue porque la información inicial sobre Mihdhar había sido analizada por la NSA.
Jane nunca quiso compartir la información.
Jane compartió la información de inmediato.
La NSA había mirado la información en Mihdhar.
Resumen del juicio y sentencia del Tribunal Superior Hanseático, juicio Motassadeq, 19 de febrero de 2003, págs. 10-11
La Sentencia fue emitida por los siete jueces del Tribunal Superior Regional Hanseático.
La orden de sentencia se emitió en 2003.
La Orden de Sentencia nunca fue emitida.
El agente del FBI obtuvo, de un gobierno extranjero, una foto de la persona que se cree dirigió el atentado contra el Cole.
Un gobierno extranjero tenía una foto de alguien involucrado en el bombardeo Cole.
Nunca nadie había fotografiado a alguien involucrado en el bombardeo Cole.
La fotografía estaba ligeramente borrosa, pero el rostro de la persona aún era visible.
Algunas de las disposiciones más controvertidas de la Ley Patriótica se pondrán de manifiesto a finales de 2005.
Algunas disposiciones polémicas de la Ley Patriótica probablemente serán renovadas por el Congreso antes de que expire.
La Ley Patriótica contenía varias disposiciones controvertidas.
La Ley Patriótica permanecerá en vigor en su totalidad hasta al menos 2010.
Los Estados Unidos defendieron, y todavía defienden, a los musulmanes contra tiranos y criminales en Somalia, Bosnia, Kosovo, Afganistán, e Irak.
Los musulmanes de Somalia a veces son amenazados por tiranos.
Estados Unidos apoya plenamente a cualquier tirano que controle Bosnia
A estos tiranos generalmente les gusta usar sombreros verdes.
Hablaron de los objetivos en lenguaje codificado, simulando ser estudiantes hablando de varios campos: la arquitectura como el World Trade Center, el arte como el Pentágono, el derecho como el Capitolio y la política como la Casa Blanca.
Vinieron directamente y dijeron qué puntos de referencia estaban hablando.
Hablaban acerca de la arquitectura de los monumentos y lo utilizaban para las palabras clave.
Hablaron sobre los objetivos que querían explotar en el código.
Su relación con ella permaneció cercana durante su tiempo en EE. UU.
Él tuvo una relación con una mujer estadounidense.
Nunca había estado en los Estados Unidos.
Pasó tiempo en los Estados Unidos.
En el capítulo 5 describimos los viajes por el Sudeste Asiático de Nawaf al Hazmi, Khalid al Mihdhar y otros en enero de 2000, en la primera parte de la operación aérea.
Khalid al Mihdhar nunca viajó.
Nawaf al Hazmi viajó en enero de 2000.
Nawaf al Hazmi viajó a cinco países diferentes.
La compañera de piso de Hazmi recuerda que hizo un viaje inexplicable al aeropuerto de San Diego por esta época.
El compañero de piso de Hazmi tiene buena memoria.
El compañero de Hazmi nunca ha oído hablar del aeropuerto de San Diego.
El compañero de piso de Hazmi sospechaba.
Lo resumiremos brevemente aquí.
A continuación se describirá el incidente completo con todo detalle.
Este resumen no tomará mucho tiempo.
Recapitularemos los eventos solamente de lunes a miércoles .
Para los esfuerzos de rescate, ver el informe FDNY, informe del jefe de departamento, Anthony L. Fusco, en Manning, ed.
Anthony L. Fusco, el Jefe de Departamento, escribió un informe sobre los esfuerzos de rescate.
El informe contiene gran detalle sobre los esfuerzos de rescate.
No hubo ningún rescate sobre el que informar.
Como consecuencia, tuvo un aumento de sueldo y otras prestaciones remuneradas aumentaron considerablemente, aproximadamente de unos 465 $ al mes a 3925 $, manteniéndose en ese nivel hasta diciembre de 2000.
El recibió un gran aumento en el sueldo y subsidios.
Necesitaba más dinero para viajar.
Su ingreso mensual disminuyó.
Después de exigir repetidamente que Sudán dejase de apoyar a grupos terroristas, en 1993 el gobierno de Estados Unidos designó al país como un estado patrocinador del terrorismo.
Sudán apoyaba a terroristas con pago de dinero y entrenamiento.
Sudán fue designado patrocinador estatal del terrorismo en 1993.
Sudán era conocido como un líder en la lucha contra el terrorismo a lo largo de la década de los noventa.
Grabación de la NYPD, canal de radio de la División de Operaciones Especiales, 11 de septiembre de 2001
Se hicieron grabaciones de algunas transmisiones de radio en septiembre.
El NYPD no intentó utilizar las comunicaciones por radio hasta el 2004.
Estas grabaciones no se han dado a conocer al público en general debido a su naturaleza sensible.
Su personal clave compartió muy poca información con el Consejo de Seguridad Nacional y el resto de la comunidad de seguridad nacional.
Su personal compartió información con la comunidad de seguridad nacional.
El Consejo de Seguridad Nacional recibió un informe completo e integral.
El Consejo de Seguridad Nacional deseó haber recibido más información sobre cualquier amenaza a los viajes aéreos.
Cuando se determinó que el ataque estaba relacionado con Al Qaeda, la responsabilidad se trasladó a la Oficina local de Nueva York.
La oficina de campo de Florida se hizo cargo porque estaba relacionada con Al Qaeda.
La Oficina de Campo de Nueva York lo gestionó cuando decidieron que Al Qaeda estaba involucrada.
La Oficina Exterior de Nueva York se hizo con el control de todos los sospechosos en custodia.
Más de 500 millones de personas cruzan anualmente las fronteras de los EE.UU. por puntos de entrada legales. Del total, cerca de 330 millones no son ciudadanos del país.
Más de 500 millones de personas cruzan la frontera en los puntos de entrada.
Más de 500 millones de personas van de México a Estados Unidos.
Sólo 20.000 personas atraviesan la frontera cada año.
Cuatro unidades montadas en el túnel de Brooklyn-Battery, véase ibíd.
El túnel Brooklyn-Battery fue abandonado en este momento.
Había varias unidades en el túnel.
Estas unidades estaban compuestas por bomberos y la policía local.
Esta especulación se basa, al menos en parte, en el liderazgo de Thumairy de una facción extremista en la mezquita.
La mezquita contenía facciones extremistas.
Estas facciones conformaron más de la mitad de la membresía del modque.
No se sabe que Thumairy haya formado parte de ninguna mezquita.
El director aún no tiene una estrategia para quitar la información o compartir barreras y (más de dos años desde el 9/11) solo ha citado a un grupo de trabajo sobre el tema.
Dos años después, aún existían obstáculos para compartir la información.
El director no se creía que las barreras de intercambio de información se tuvieran que eliminar completamente.
El Director suprimió inmediatamente toda la información compartiendo barreras.
Una bola de fuego de combustible de avión estalló en el impacto y derribó, al menos, un banco de ascensores.
El fuego estaba lo suficientemente alto como para derretir algunas ventanas de cristal de la zona.
La bola de fuego bajó al menos un agujero de ascensor.
El combustible del avión se derramó en el suelo pero no se incendió.
Los operadores no han sido informados sobre la imposibilidad de llevar a cabo los rescates en la azotea y por eso, no pudieron informar a las personas que llamaban de que fueron prácticamente descartados.
Los helicópteros no se podían volar cerca de los tejados debido a los incendios del área.
Los operadores no sabían que los rescates en los techos eran imposibles
Los operarios sabían con antelación que tenían que instruir a todos para evacuar desde el suelo.
Cuatro de los agresores del 11 de septiembre fueron retirados en una inspección secundaria en la frontera, pero luego fueron admitidos.
A todos los agresores del 11 de septiembre se les negó la entrada en la frontera.
Varios de los atacantes fueron al principio señalados para inspecciones suplementarias.
Recibieron inspecciones adicionales porque llevaban puestos sombreros graciosos.
Este esfuerzo se realizaba antes del 11 de septiembre y continúa en una escala muy ampliada.
Después del 11S, el esfuerzo aumentó de forma drástica.
Después del 11 de septiembre, el esfuerzo fue abandonado por completo a favor de diferentes tácticas.
Desde el 11/9, el financiamiento para el esfuerzo aumentó en un 120 %.
Un oficial del Tesoro describió la postura de la CIA como negligente benigna hacia el Centro de Seguimiento de Activos Terroristas Extranjeros (FTATC), dijo que la CIA considera que el seguimiento financiero tiene una utilidad limitada.
El seguimiento financiero consiste principalmente en examinar recibos de tarjetas de crédito y estados de cuenta bancarios.
Algunos funcionarios del Tesoro no creían que la CIA valorara el seguimiento financiero.
La CIA se basó en el seguimiento financiero ya que es la herramienta principal contra el terrorismo.
El gobierno de Estados Unidos proporciona abundante información sobre el gasto en defensa militar, incluida la inteligencia militar.
El gobierno de EE. UU. gasta anualmente $ 7 mil millones en inteligencia militar.
El gobierno de los Estados Unidos gasta dinero en inteligencia militar.
El gobierno de los Estados Unidos no le dirá a nadie cuánto gastan en algo.
La tragedia de los atentados contra embajadas brindó una oportunidad para un examen completo, en todo el gobierno, de la amenaza a la seguridad nacional que planteaba Bin Laden.
La amenaza de seguridad de Bin Ladin debería haber sido evidente para el gobierno después de los bombardeos de la embajada.
Los bombardeos de la embajada mataron a quince personas.
Nunca hubo indicios de que Bin Laden representara una amenaza para el gobierno.
El primer equipo de la NYPD ESU entró en el vestíbulo del West Street de la North Tower y está preparado para empezar a escalar alrededor de las 9:15 A.M.
El Departamento de Policía de Nueva Yor no respondió a la Torre Norte hasta después de las 10:00 a. m.
El equipo consistió en más de una docena de personas.
La torre aún estaba en pie a las 9:15 AM.
Para ver la reacción del instructor de la Academia, mira el informe de investigación del FBI, entrevista de James Milton, abril.
Nadie sabe cuál fue la reacción del instructor.
El FBI estaba interesado en la reacción del instructor ante un vídeo de dos gatitos jugando con una pelota.
El instructor de la Academia fue James Milton.
Tu regalo es importante para la celebración de nuestra 85ª temporada.
Cada regalo que obtenemos no es tan importante como el tuyo.
No nos importa su regalo en absoluto.
Llevamos haciendo esto desde hace más de 80 años.
Es necesaria la asociación de un fondo privado y fondos propios de la Universidad para que nuestra facultad de derecho continúe creciendo tanto en tamaño como en influencia.
Nuestra facultad de derecho depende solo de financiamiento privado.
Nuestra Facultad de Derecho cuenta con el respaldo, en parte, de la Fundación Melinda y Bill Gates.
Nuestra escuela de derecho necesita fondos para continuar creciendo.
Lo más importante es el hecho de que asistir a una representación en el IRT no es solo una excursión.
Asistir a una actuación en el IRT no es solo un paseo divertido por el parque.
Asistir a una actuación en el IRT será un descanso agradable y fácil de trabajar duro y de pensar.
Para poder disfrutar plenamente de una actuación en el IRT, con antelación debe prestar mucha atención y estudiar el rendimiento y su historia.
Sólo con la ayuda de nuestros socios filántropos hemos podido lograr mucho.
Bill Gates nos donó 5 millones $.
Dado el estado de los mercados financieros, nuestros socios filantrópicos han retirado todos sus fondos.
Gracias a la filantropía que hemos recibido, hemos podido lograr mucho.
Gracias por apoyar al Museo de Arte de Indianapolis en el 1999.
Gracias por su donación de 100 $ al Museo de Arte de Indianápolis.
Gracias, pero no agradecemos que hayan faltado a sus donaciones en 1999.
Estamos muy contentos de que ayudase al museo.
Mi esperanza es que hayas sido muy bendecido y alentado por este problema.
Espero que este problema te haya dado un nuevo entusiasmo.
Sé que este problema te causa desesperación, pero espera por tus vacaciones.
Sé que harás todo lo que esté a tu alcance para luchar contra el cáncer de lactancia.
Es importante que sepamos sobre ti durante este último esfuerzo de la temporada.
Este es el último círculo de donaciones que tendremos esta temporada, ¡así que necesitamos tu ayuda!
Tenemos dos campañas más para recaudar fondos este año.
Necesitamos $100.000 más para realizar nuestras cuotas de recaudación de fondos de esta temporada.
P. D.: Su donación es importante para nuestro 85.º aniversario haciendo del Teatro Cívico de Indianápolis el teatro comunitario en funcionamiento continuo más antiguo del país.
Había otro teatro que recientemente había celebrado su 84 aniversario, pero luego se incendió.
Estamos celebrando la apertura del teatro más novedoso de Indianapolis.
Estamos muy contentos de que el Teatro Cívico de Indianápolis haya estado funcionando durante 85 años.
Los participantes recibirán los nombres, direcciones y números de teléfono, así como información previa sobre las necesidades de la escuela.
Los participantes recibirán detalles de contacto de perspectivas e información de antecedentes.
Los participantes deberán firmar un acuerdo de confidencialidad, antes de acceder a los detalles de las perspectivas.
Los participantes solo pueden conocer los nombres de los clientes potenciales, pero no sus direcciones.
(dba), una organización benéfica, voluntaria y sin ánimo de lucro, ofrece de forma gratuita trabajo autónomo, información empresarial y asistencia a empresarios con discapacidades y asesoría empresial y laboral a profesionales en rehabilitación vocacional.
Todos los que trabajan aquí ganan mucho dinero.
Está compuesto por voluntarios.
Cuenta con 20 voluntarios por día.
Nuestro zoo fue diseñado usando el conceptos de biomas, que simulan los hábitats naturales en los que viven los animales.
Los biomas simulan los entornos de vida natural de los animales.
En nuestro zoo, creemos que los habitats artificiales son mejores que los naturales.
Los biomas en nuestro zoológico eran muy caros.
Tu apoyo a Goodwill proveerá formación profesional y servicio de colocación para ayudar a los más pobres de Indiana a encontrar empleos significativos.
La gente del centro de Indiana nunca recibe entrenamiento laboral.
Supporting Goodwill beneficiará a la gente de Indiana.
El respaldo a Goodwill reducirá la tasa de desempleo.
Desde un comienzo modesto hasta su rango actual como uno de los mejores centros médicos de la nación, el único colegio médico de Indiana muestra muy orgulloso su patrimonio.
Indiana tiene al menos veinte escuelas de medicina excelentes.
El estado de Indiana tiene solo una escuela de medicina.
No habrá otra escuela de medicina en Indiana durante los próximos cinco años.
Sin embargo, los incrementos espectaculares en los precios de los libros jurídicos, revistas y servicios de bases de datos indican que simplemente mantener nuestras colecciones actuales supera nuestro presupuesto.
Mantener nuestras colecciones actuales solo cuesta un tercio de nuestro presupuesto anual.
Nuestro presupuesto actual no nos permite mantener nuestras colecciones actuales.
Necesitamos al menos 10 000 $ en donaciones para permitirnos mantener nuestras colecciones actuales.
-concibe, diseña y cose a mano preciosos atuendos, como los vestidos de época de Mary Todd en Abe Lincoln, Illinois, o los vestidos de baile que se lucen en el evento 'A Christmas Carol'.
Los trajes fueron completamente fabricados en una fábrica.
El vestuario sólo fue hecho a mano.
Los trajes fueron confeccionados a mano.
Trataremos de contactarnos con cada uno de ustedes que no han participado en este año fiscal en los próximos 45 días para que podamos alcanzar nuestro objetivo antes de la fecha límite del 30 de junio.
No tenemos intención de contactar a aquellos que no donaron este año fiscal.
Nos comunicaremos por correo en los próximos 45 días con quienes no hayan hecho donaciones este año fiscal.
Durante los próximos 45 días, trataremos de contactar a aquellos que no hayan donado este año fiscal.
Como miembro de la facultad de derecho __, sé que estás al tanto de nuestro progreso.
Soy miembro de la escuela de leyes.
Nadie pertenece a la escuela de derecho.
La Escuela de leyes había aceptado personas.
El coste de fabricación de estas casas supera con creces lo que nuestros compradores pagan por ellas, por lo que dependemos de subvenciones y donaciones individuales de particulares para que sean asequibles.
Crear las casas fue completamente gratis.
Los hogares necesitaban recursos para ser conformados.
Las casas fueron más caras de lo esperado.
Significa todo para Becky, Stephanie, Marcus y Emily, y los estudiantes como ellos.
A Becky no le importa para nada.
Becky es una estudiante de 8° grado.
Becky es una estudiante.
Tu inversión mantiene la alta calidad de todos los aspectos del museo y hace posibles nuevos logros.
Las inversiones no afectan en modo alguno al Museo.
Las inversiones más grandes son más útiles para el Museo.
El Museo se ve afectado por las inversiones.
Espero que sigas siendo un contribuyente e incluso consideres honrar nuestros 25 años contando historias aumentando tu donación en $25 este año.
Por favor, este año aumente el importe de sus donativos en 25 $.
El año pasado dio suficiente, por favor esta vez reduzca esta cantidad a $25.
Su regalo el año pasado fue de 33 dólares.
Y, espero que apoyéis los esfuerzos artísticos y educativos del Civic Theatre nuevamente este año.
El teatro Civic está completamente financiado y rechazará más dinero.
El Teatro Cívico necesita 1 $ millón este año.
El Teatro Civico necesita necesita su apoyo.
Lo que más me enorgullece es que el IRT es un líder en todo el país que ofrece experiencias teatrales para los estudiantes.
El IRT está involucrado con el fútbol.
El IRT está involucrado en el teatro para los estudiantes de escuela secundaria.
El IRT está involucrado en el teatro.
Su apoyo ayuda a la sociedad a mantener un cuidado de calidad de las colecciones de animales y plantas y a realizar investigaciones importantes sobre especies raras, incluidas las del Plan de Supervivencia de Especies.
La Sociedad se preocupa por los animales que están casi extintos en África.
La Sociedad se ocupa de los animales.
La Sociedad se preocupa de los niños pequeños.
Yo creo todo lo contrario.
No creo que eso sea cierto.
¡Creo que tienes razón!
Creo que te equivocas, que la respuesta es un sí, y no un no.
Su ayuda hoy nos permitirá fortalecer aún más la herencia filantrópica de los Estados Unidos al expandir los cruciales programas educativos, de liderazgo y de divulgación del Centro.
No planeamos expandirnos en absoluto.
Podrías ayudarnos a expandirnos a siete estados.
Podrías ayudarnos a expandir nuestros programas de alcance.
Ofrecer una atmósfera profesional para que muchos actores con talento de la comunidad perfeccionen sus habilidades.
Los teatros comunitarios nunca ayudan a que los actores mejoren.
La mayoría de los actores profesionales comenzaron en los teatros de la comunidad.
Algunos actores usan el teatro comunitario para mejorar.
El último domingo, 18 de junio, llovió y redujo drásticamente la asistencia al Festival de mitos, folclore e historia, Keepers of the Lore/Joseph Campbell, de este año.
No ha llovido en 3 años.
El pasado domingo llovieron 17 pulgadas.
Llovió el domingo pasado.
Lo que comenzó como un grupo itinerante de actores en 1973 que actuó para estudiantes en ciudades como Gary , Elkhart y Terre Haute, el programa educativo de la IRT hoy en día
No había actores en Indiana en los años 70.
Algunos actores ganadores del Oscar recorrieron Indiana en 1973.
Algunos actores hicieron una gira en Indiana en 1973.
Necesitamos recursos para reclutar y formar a excelentes maestros.
No necesitamos reclutar maestros, simplemente vienen a nosotros.
Necesitamos mejores profesores.
Necesitamos contratar 100 nuevos y buenos maestros.
Los 5 539 alumnos de la escuela de derecho forman un grupo distinguido.
La facultad de derecho ha estado abierta durante 100 años y ha tenido 5539 alumnos.
La facultad de derecho solo tuvo 20 graduados.
Hay más de 5,000 alumnos de la escuela de derecho.
Las coronas de laurel, que simbolizan la victoria, y las ramas de olivo que simbolizan la paz, también adornan el borde de la alfombra junto con las hojas de acanto.
Pez dorado, serpientes son todo lo que está en el borde de la alfombra.
Las coronas de laurel, las ramas de olivo y las hojas de acanto están en el borde de la alfombra.
La alfombra es beige.
Tengo más que un trabajo
No tengo un trabajo ni algún pasatiempo.
Tengo un trabajo que ocupa todo mi tiempo.
Tengo trabajo.
Sus contribuciones al Fondo Anual en el nivel de la Sociedad Maennerchor han proporcionado asistencia significativa a la escuela.
La Sociedad Maennerchor recibe donaciones.
La sociedad Maennerchor obtuvo un millón de dólares en donaciones el año pasado.
La Sociedad Maennerchor está financiada privadamente por Bill Gates.
También puedes aprovechar nuestra oferta de membresía especial de 2 años por 30 $, un ahorro de casi el 60 % en el precio habitual de 2 años.
Solo cuesta 30 $ si te unes en los próximos dos días.
Cuesta $ 30 ser miembro durante los próximos dos años.
El costo es de $ 800 para ser miembro durante los próximos dos años
Concretamente, te unirás a un grupo de distinguidos ejecutivos de una fundación, líderes de negocios, académicos, profesionales de desarrollo y voluntarios en el sector sin ánimo de lucro...
El grupo está lleno de alumnos de Ivy League y filántropos.
El grupo está lleno de gente importante.
El grupo está lleno de reclusos y ladrones.
Otros continúan reconociendo nuestro éxito.
Estamos fallando y todos pueden verlo.
Tenemos éxito cuando se trata de recaudar capital.
Estamos teniendo éxito
¿Añadirás tus sueños a los nuestros?
Te desanimamos de soñar con nosotros.
¿Nos ayudarás a construir la mejor escuela de la nación?
¿Tus sueños se convertirán en parte de los nuestros?
En su propio interés ilustrado, cuentan con el apoyo de esta incipiente organización, sabiendo que beneficiaría a la ciudad en su conjunto.
Creyeron que la organización destruiría la ciudad.
Creían que la organización facilitaría la vida de la gente mayor de la ciudad.
Apoyaban a la organización porque sabían que aportaría beneficios a la ciudad.
¡Las maravillosas conexiones formadas cada día son posibles gracias al apoyo de las operaciones de la Sociedad por parte de organizaciones como la suya!
Las organizaciones como la suya son las que ayudan a formar conexiones fantásticas todos los días.
Las conexones hechas fueron hechas en vano no gracias a ti.
Sin tu organización, estas asombrosas conexiones no se habrían llegado a formarse nunca.
Presidente del consejo de administración
El Consejo de Fideicomisarios no tiene presidente.
El presidente de la Junta de consejeros de administración.
Quien durante mucho tiempo ha sido Presidente de la Junta Directiva.
Los programas de amigos como Young Library Leaders y Love is Reading Together Week apuntan a los jóvenes e inculcan hábitos de biblioteca a una edad temprana.
Los programas se centraron en lograr que los niños salgan y jueguen.
Hay programas que animan a los niños a ir a la biblioteca dos veces por semana.
Hay programas para que los niños se interesen en la biblioteca.
El año pasado donaste generosamente $-.
No donaste dinero el año pasado.
Usted donó 10,000$ el año pasado.
Usted donó dinero el año pasado.
...porque tienen tan poca autoestima que valoran la amistad de ladrones y asesinos.
Ninguno de sus amigos son ladrones o asesinos.
Algunos de sus amigos son ladrones y asesinos.
Algunos de sus amigos han robado goma de mascar.
La alfombra azul oscuro muestra el blasón del Sello Presidencial a todo color dentro de un círculo de 50 estrellas blancas.
La alfombra lleva el Sello Presidencial.
La alfombra es verde fluorescente y tiene una imagen de Bart Simpson.
La alfombra tiene un diámetro de seis pies.
Le escribo para agradecerle por sus anteriores regalos a las bibliotecas de IUPUI University y para pedirle que nos vuelva a apoyar.
Les pido que donen 10 dólares a la ASPCA.
Le pido que done 100 $ a las bibliotecas de la Universidad IUPUI.
Te pido que hagas otro regalo a las bibliotecas de la Universidad IUPUI.
Para asesorarlo con su contribución, por favor no dude en comunicarse con Kathy Dannels, Directora de Desarrollo, al 924-6770 ext.
Llama a Kathy Dannels solo si quieres hablar sobre el episodio de The Walking Dead de la noche anterior.
Kathy Dannels responde las llamadas con prontitud.
Por favor, llame a Kathy Dannels si le gustaría discutir su contribución.
¡Sería maravilloso si pudieras dedicar tiempo a visitar tu escuela y ver por ti mismo el progreso que hemos hecho a lo largo de los años y compartir el orgullo de nuestra herencia!
No visites la escuela, sólo envía dinero.
Deberías visitar la escuela y ver la producción musical en la que hemos estado trabajando.
Deberías visitar tu escuela y ver lo que hemos estado haciendo.
Eres importante para nosotros y I.U.
Tanto la I.U. como nosotros consideramos que eres importante porque eres un donante prolífico.
Nosotros y la I.U. considera que eres importante.
Ni a nosotros, ni a la I.U. nos importas.
Cuando Urban se fue a Vietnam, solo llevábamos poco tiempo casados. dijo JoAnn.
JoAnn y Urban acaban de celebrar su aniversario de bodas número 50, cuando él se fue a Vietnam.
JoAnn y Urban estuvieron casados durante un mes cuando se marchó a Vietnam.
JoAnn dijo que ella y Urban no llevaban mucho casados cuando él se fue a Vietnam.
Los ingresos de Civic provienen de casas completas, talleres y programas de capacitación, alquiler de instalaciones, fundaciones, patrocinadores corporativos y contribuciones individuales de partidarios como usted.
Nadie nos da nada, pero tenemos suficiente dinero, así que está bien.
La gente nos da dinero para ayudarnos a cerrar la brecha de nuestro presupuesto de $1 millón.
La gente nos da dinero para mantener nuestra organización en funcionamiento.
Las tasas para los estudiantes han aumentado un 12 % desde 1992-92, lo que representa una subida considerable.
La tasa de matrícula se ha incrementado demasiado.
La tasa de matrícula bajó un 40%.
La matrícula seguirá aumentando cada año.
00 invertido en un programa de capacitación laboral para una persona que recibe asistencia social ahorra 3 $.
Cualquier persona que invierte en un programa de capacitación laboral pierde 5 $.
El cinco por ciento de la población mayor de veinticinco años de la nación recibe asistencia social.
Hay algunos ahorros monetarios para las inversiones en un programa de capacitación laboral.
Recuperamos el 58 % del dinero con las ventas de entradas, dejando un 32 % a ser recuperado con donaciones de amigos como tú.
La mayoría de ese dinero proviene de la venta de boletos.
Este es el último año en que realizaremos ventas de entradas.
La venta de entradas aporta menos de la mitad de ese dinero.
Esta impresionante y hermosa atracción botánica de 3,3 acres de extensión combina lo mejor de las ideas de jardinería, información de plantas y un diseño paisajístico inspirador.
El espacio tiene una tonelada de plantas.
El espacio es todo concreto y es realmente feo.
El espacio está lleno de flores tropicales y hermosos árboles.
Si el escudo rojo del Ejército de Salvación pudiese hablar, podría contarte cómo hace poco ayudamos a un hombre con diabetes a conseguir la insulina que necesitaba.
EL Ejército de Salvación no atiende las necesidades médicas.
El Ejército de Salvacíón dona dinero para la gente que lo necesita.
El Ejército de Salvación ayuda a todo el mundo que lo necesite.
Esta situación también podría afectar a nuestra capacidad para montar otro festival el próximo año.
Estamos garantizados para tener un festival durante 10 años, sin importar qué suceda.
Si no tenemos mucha asistencia este año, es posible que no tengamos un festival.
Es posible que no tengamos otro festival el próximo año.
Para muchos, la filantropía no es más que los grandes gestos de los ricos.
Todo el mundo se da cuenta de que sí queremos tener un impacto, todos tenemos que donar.
Algunas personas consideran que donar es algo que solo hacen los ricos.
Algunas personas piensan que son demasiado pobres para dar dinero, así que no hacen caso a nuestras llamadas.
Muy pronto, un amigo del IRT lo llamará para que haga su promesa por teléfono.
No hacemos unidades telefónicas debido a problemas de seguridad.
Puede dar dinero por teléfono.
Si quieres ser miembro, necesitas donar $100 por teléfono.
Antes del 1 de mayo, debemos concretar las opciones de renovación de membresía para los contribuyentes de 1991.
Algunos miembros pueden renovar sus membresías.
Hay capacidad para renovar la membresía de 1500 miembros.
Solo aceptamos renovaciones siempre que...
McCoy invita a apoyar a la Fundación de la empresa con la cantidad de 10 000 $.
McCoy está pidiendo 250 000 $.
McCoy está solitando una ayuda de 10 000 $.
McCoy necesita más dinero, pero en este momento está solicitando 10 000 $.
El trabajo del Dr. Loren I. Field y sus colegas en la Escuela fue historia de portada en una edición reciente de Science - la revista prominente reconociendo la investigación de referencia.
Loren Field es el científico principal de la escuela
Loren Field trabaja en el basurero de la ciudad.
Loren Field trabaja en la escuela.
Aprender a ubicarse en el lugar de la otra persona.
Aprende a experimentar lo que experimenta otro.
Vive bajo las condiciones que alguien hace.
Para cuidar, egoístamente, de su propia vida y su propio negocio.
El distinguido presidente de la Asociación Dental de Indiana representará la primera asociación dental estatal del país en completar tal compromiso con su escuela dental.
Indiana es la primera asociación dental estatal que trabaja con una escuela dental de esa manera.
Indiana se niega a comprometerse a ayudar a la escuela dental.
La asociación dental estatal de Indiana ha prometido 1 millón de dólares a la escuela dental.
Los visitantes tendrán la oportunidad de ver los espectáculos cambiantes en el Conservatorio de Hilbert, Las mariposas son libres, El mago de Oz, Tierra de juguetes y Vuelos de fantasía.
Los visitantes podrán ver varios espectáculos en el Conservatorio de Hilbert todos los días.
Los visitantes podrán ver varios espectáculos en el Conservatorio de Hilbert.
Los visitantes solo podrán ver West Side Story en el Conservatorio de Hilbert.
Estos pueden incluir oportunidades imprevistas para mejorar el aprendizaje de estudiantes y profesores al invitar a visitantes y estudiantes especiales al campus cuando se encuentren en el estado.
Las visitas al campus muestran a los estudiantes cómo es la vida universitaria.
Los estudiantes se pueden beneficiar de las visitas al campus.
Los estudiantes no aprenden nada de su visita al campus.
Los miembros reciben descuentos en productos y publicaciones de Society en catálogos habituales y en la tienda de regalos del mercado histórico, que se encuentra en la preciosa sede central de Society.
Los miembros no obtienen un descuento porque perderíamos demasiado dinero.
Los miembros obtienen un descuento cuando compran cosas en la tienda de regalos.
Los miembros tienen un 25 % de descuento.
El teatro profesional y producido ha marcado la diferencia para niños como Becky, Stephanie, Marcus, Emily y otros compañeros de clase en todo el estado de Indiana.
Nuestras producciones de teatro han ayudado a niños de primaria a aprender a pintar.
El teatro ha ayudado a muchos niños de toda Indiana.
Ojalá pudiéramos permitirnos crear producciones teatrales totalmente profesionales, pero nunca tuvimos fondos aquí en Indiana.
Al igual que con todos los obsequios al Instituto, el 100 % de su contribución se utilizará directamente para la investigación.
Cada penique va para la investigación contra el cáncer.
Cada centavo que donas ayuda a la investigación.
Gastamos la mitad de su dinero en tarifas administrativas.
Fuera del teatro, los artistas del IRT van directamente al aula para trabajar con niños y presentarlos más personalmente al mundo del teatro.
Los artistas del IRT no hacen nada con niños y, en su lugar, se centran en los adultos de la comunidad.
Los artistas de IRT ayudan a los niños en las escuelas.
Los artistas de IRT ayudan a los niños a montar una producción.
Paga por el cuidado, la alimentación y la vivienda de miles de plantas y animales del zoológico.
Paga por el cuidado de los animales en el refugio.
Los animales en el zoológico se benefician mucho de esto.
Los animales en el zoológico obtienen 100 000 $ al año en fondos para cuidados y alimentación.
Si tiene alguna pregunta o sugerencia, llámeme hoy al (924-5471) o llame a Bob Lovell al (274-0622).
Bob Lovell puede responder preguntas.
Bob Lovell ya no está asociado a esto.
Bob Lovell está trabajando en la campaña para el año que viene.
Parte de los esfuerzos del Centro es atender directamente las necesidades de las comunidades capacitando a las personas que son responsables de mantener la filantropía en las bases.
El Centro realmente quiere ayudar a la comunidad.
El centro se enfoca en ayudar a otros continentes.
El centro quiere ayudar a los pobres de la comunidad.
Hay muchas otras opciones culturales y artísticas en Indianapolis, aunque ninguna mejor que el Teatro Cívico.
El Teatro Cívico se encuentra en el centro de Indianápolis.
El Teatro Cívico se encuentra en Indianápolis.
El teatro Civic se encuentra en Tampa.
Tu nombre u otra inscripción de tu elección estará grabada en una placa y.
La placa no da ningún nombre o detalle específico.
Su mensaje será grabado en la placa si dona más de 100 $.
En la placa se pondrá tu nombre o tu mensaje.
... jirones de nubes blancas esparcidas por todo un claro cielo azul.
El cielo es claro y azul, y hay nubes aquí y allá.
El cielo está claro y azul, no se ve ninguna nube.
El sol está detrás de una nube esponjosa con forma de un conejito.
Las maravillosas conexiones que se forjan cada día son posibles gracias al apoyo de las operaciones de la Sociedad.
La Sociedad contribuye mucho a las conexiones que se hacen.
La sociedad no tiene nada que ver con las personas.
La Sociedad ayuda a las personas a encontrar personas que también estén interesadas en las artes.
P. S.: Una donación de tributo al IMA es un maravilloso regalo navideño.
Una donación en honor de alguien no es apropiada para este tipo particular de fondo.
Una donación en honor a alguien sería un gran regalo para las fiestas.
Amablemente tenga en cuenta que puede hacer donaciones en cualquier momento, no solo en vacaciones.
La tecnología, aunque supuestamente indispensable, nos ha hecho ir a la velocidad de la luz.
La tecnología ha hecho que la forma en que recopilamos información aumente a velocidades que nunca hemos visto.
La tecnología nos ha acelerado.
La tecnología no ha hecho nada para ayudarnos.
Los graduados de la Escuela de Derecho I. U. Indianápolis se van con habilidades fundamentales de abogacía y una sólida educación legal.
La Facultad de derecho IU tiene 1000 alumnos.
La Facultad de Derecho de IU enseña a futuros abogados.
La Facultad de Derecho de IU fue cerrada hace mucho tiempo.
El Teatro Cívico de Indianápolis ha entretenido a su audiencia con obras de teatro y musicales producidos profesionalmente durante 82 años. Al mismo tiempo, ha ofrecido un espacio para el talento excepcional de nuestra ciudad, pero es cierto que no ha sido tan amplio.
El teatro Civic de Indianapolis ha producido espectáculos durante más de 80 años.
El Indy Civic Theatre ha realizado 120 espectáculos en 80 años.
El Teatro Indy Civic solo ha estado funcionando por 2 años.
Durante este año fiscal y el siguiente, la escuela de derecho deberá absorber las reducciones según la apropiación estatal y unos mayores costes sanitarios, con un total de más de 400 000 $.
El colegio de abogados tiene que lidiar con recortes de presupuesto.
La facultad de derecho está obteniendo 1 millón de dólares más de lo normal.
La facultad de derecho fue el primer programa en sufrir recortes presupuestarios.
Además, tiene la satisfacción de saber que sus colegas están siendo instados a emular su buen juicio.
Se disuade a todo el mundo a emular tu terrible juicio.
Tus colegas están felices de emular tu buen juicio.
Se les pide a sus colegas que sigan su juicio.
Con la palabra ABIERTO en platino, ¿por qué no un letrero de CERRADO de neón?
El signo de ABIERTO es negro.
El signo de ABIERTO está en el bordillo delantero.
El signo de ABIERTO se ilumina.
Los paquetes de cobertura de los semanarios complacen a los padres ansiosos.
Los padres con ansiedad son un objetivo de mercadeo de los semanarios.
Las revistas de noticias diseñan sus paquetes de cobertura para atraer a los niños pequeños o ancianos.
Los padres son más propensos a gastarse dinero en la compra de coches nuevos, lo que les convierte en un segmento publicitario lucrativo para las revistas.
Hay un detalle de las bromas sureñas que ha invertido sus asociaciones de clase.
Japes del sur tiene una población de cinco mil en el verano y dos mil en el invierno.
El sur de Jaspes tiene una asociación de clase muy clara y rígida.
Aquí hay una asociación de clase que ha sido invertida.
El punto principal, no obstante, es que no hay tantos Milosevics en el mundo.
Hay menos de 1000 Milosevic en el mundo.
Hay muchos Milosevics en el mundo.
No hay muchos Milosevics.
La historia de la portada de Time es el programa de 12 pasos de Bill Gates para triunfar en la era digital.
Kim Kardashian escribió la historia de portada de la revista Time sobre los 12 pasos necesarios para el éxito en la era digital.
La revista Time tiene una foto de Bill Gates en la portada.
La revista Time publica una historia sobre Bill Gates y el éxito en la era digital.
Ejecutar silencioso, correr profundo, ejecutar la respuesta
Correr mientras se hace ruido.
Corre agitando los brazos.
Corre sin ser oído.
Al parecer, Paul considera que Alan Greenspan es un ideólogo que controla de verdad la tasa de desempleo según los dictados de alguna teoría económica.
Alan Greenspan tiene teorías económicas con respecto a la tasa de desempleo.
Paul nunca ha oído hablar de Alan Greenspan ni de sus teorías económicas.
Paul piensa que Alan Greenspan es el economista más inteligente que conoce.
Con la ayuda de Microsoft Helpdesk, descubrí que mi unidad de CD-ROM probablemente estaba conectada a mi tarjeta de sonido y no al puerto IDE, y por lo tanto estaba causando interferencias en Linux.
Nunca he tratado con Linux.
Estaba teniendo problemas para que mi Linux se conectarse con mi módem.
Estaba teniendo problemas con Linux.
Steve, ni siquiera he podido quitarte tu billetera; respondió Hatch.
Hatch dijo enojado que ni siquiera podía levantar la billetera de Steve.
Hatch no tenía opinión sobre la billetera de Steve.
Hatch bromeó que ni siquiera podía levantar la billetera de Steve.
Los Nerds, que se esconden en las aulas de informática y economía, tienen una posición aún más desesperada.
Los empollones no tienen esperanza.
Los cerebritos no son buenos con la interacción social.
Los empollones tienen un futuro.
Claro, las conversaciones de Linda Tripp no la hacen parecerse a Simone de Beauvoir hablando de su relación con Jean-Paul Sartre.
La mayoría de la gente ha escuchado las grabaciones de Tripp.
Las conversaciones del viaje se pueden escuchar.
Las conversaciones de Tripp nunca han sido escuchadas.
Fotografía de Bill Clinton en la pizarra de la hoja informativa por Kevin Lamarque / Reuters.
Kevin Lamarque ha hecho muchas fotos de Bill Clinton, incluida una en la Tabla de contenido de Slate.
Fotografía de Bill Clinton en la tabla de contenido de Vanity Fair por Ralph Emerson/AP News.
La tabla de contenido de la pizarra incluye una fotografía del presidente Clinton.
Que es más de lo que News Quiz puede prometer de Fox.
Es menos que lo que News Quiz puede prometer sobre la Fox.
Es más de lo que News Quiz puede asegurar sobre Fox.
Es probablemente más de lo que News Quiz puede decir sobre Fox.
Este es el sustento legal del abrazo nostálgico del Juez Anthony Kennedy a los derechos de los estados.
Kennedy apoya los derechos federales.
Kennedy favorece los derechos de los estados cuando se trata de aborto.
Kennedy favorece los derechos de los estados.
El aumento de la población es como la polución a la inversa.
La polución es un factor limitante para el crecimiento de la población.
El crecimiento de la población es similar al inverso de la contaminación.
No hay relación entre el crecimiento de la población y la contaminación.
Bueno, dado que Bill Bradley creció en St. Louis, espera, eso solo sería divertido si Al Gore hubiera crecido en Tennessee.
Bradley era de Arkansas.
Bradley era de Missouri.
Bradley era del lado este de St Louis.
Sabol dijo que, de vez en cuando, tiene que hacer una parada en boxes. Aunque incluso esto está organizado convenientemente.
Sabol no necesita tomar todas esas paradas en boxes.
Sabol mencionó que de vez en cuando tiene que hacer una parada en boxes.
Sabol comentó que no necesita tomar descansos.
El Club de las Primeras Damas, una comedia vengativa sobre tres esposas abandonadas, recaudó más en su primer fin de semana que cualquier otra película de mujeres en la historia.
First Wives Club es una película de amor con un final feliz, una película romántica de amor perdurable al casarse con su primer novio.
La película, First Wives Club, estableció los récords de la industria del cine como la película femenina más taquillera en su primer fin de semana.
Las estrellas y la actuación, más que la trama de First Wives Club, ayudaron a establecer ventas récord de taquilla.
¿Por qué esto no se aplica en la Web?
Esto sirve para la web.
Esto actualmente no se aplica en la Web.
Esto puede aplicarse en algunos casos en la web.
Sin embargo, el USDA argumenta que lo que se necesita es más poder de aplicación, y con ese fin, está avanzando un proyecto de ley diseñado para ampliar su autoridad.
El USDA dice que la policía necesita ayudarlos.
El USDA dice que necesitan una fuerza mayor.
El USDA considera que necesitan una aplicación más flexible.
La policía dijo que habían sentenciado a medio hermano y media hermana de JonBenet Ramsey como sospechosos de su asesinato, evidentemente porque ambos estaban fuera de la ciudad cuando se cometió el crimen.
El medio hermano de Jon Benet Ramsey no estaba en la ciudad con fue cometido el asesinato.
La hermanastra de Jon Benet Ramsey tiene una coartada sólida porque estaba fuera de la ciudad cuando se cometió el crimen.
Hay suficiente evidencia para arrestar al medio hermano de Jon Benet Ramsey como el asesino.
No estás seguro de que has sido claro del lado de quién estás.
Es obvio a quién apoyas.
No sabemos a quién apoyas en las elecciones.
No sabemos a quién apoyas.
Los vertederos de la historia están llenos de ruinas.
Los depósitos de chatarra son instalaciones de almacenamiento con productos limpios y nuevos, almacenados en columnas ordenadas.
A veces, los objetos preciosos que evocan recuerdos fuertes de eventos históricos pasados se encuentran en los restos de los patios de basura.
La evidencia son los restos en el vertedero de la historia.
Un día, la tecnología que hoy crea un mercado para visionarios será tan mundana como las bombillas.
La tecnología se vuelve aburrida después de un tiempo.
¡La tecnología siempre es divertida!
La tecnología es aburrida si no se está cambiando continuamente.
La última consecuencia perversa de la dimisión de Livingston es que ha permitido que Clinton parezca magnánimo.
La renuncia de Livingston ha permitido que Clinton parezca indulgente.
La renuncia de Livingston hizo quedar mal a Clinton.
La renuncia de Livingston puede haber hecho que Clinton parezca generosa.
A menudo, los expertos dicen que la historia la escriben los ganadores.
Los expertos dicen que los perdedores escriben historia.
Los expertos dicen que las personas que ganan la lotería cuentan la historia.
Los expertos dicen que los ganadores cuentan la historia.
El Scotsman informa que la Universidad de Edinburgo retiene los resultados de los exámenes de 90 estudiantes de Ciencias Informáticas entre tanto que la administración determina si utilizaron Internet para hacer trampas.
Puede que algunos estudiantes hayan hecho trampa en la Universidad de Edimburgo.
Algunos estudiantes pueden haber hecho trampas en los finales.
La universidad cree que los estudiantes de arte hicieron trampa.
Teoría del Ocio: La medicina moderna y la higiene han suprimido la mayoría de los principales problemas que solían afectar a nuestro sistema inmunológico.
Los humanos son las únicas criaturas que no tienen un sistema inmune.
Hoy en día hay menos personas que se enferman debido a la mejora de la higiene.
Nuestro sistema inmunológico se mantuvo ocupado en el pasado.
Gracias, Señor, ¿podría darme otra respuesta?
Lo aprecio, señor; puedo obtener otra respuesta.
Gracias, señor; esa es la única respuesta que necesito.
Tendrá que darme cinco respuestas en total, señor.
Una forma de encontrar la respuesta es comenzar con otra ¿Cuánto valía la información de Ames para los soviéticos?
Ames fue arrestado por vender información clasificada a los soviéticos.
No hay manera de llegar a la respuesta.
Puede haber más de una forma de encontrar la respuesta.
Prudie está de acuerdo en que hay algo vulgar en ser visto masticando chicle.
Prudie dejó de mascar chicle cuando estaba en la universidad.
Prudie tiene en buen concepto de la gente que masca chicle.
Prudie cree que no es bueno que te vean mascar chicle.
¿Por qué la solución consistente es la solución correcta?
Es obvio que la solución uniforme siempre está equivocada.
Cuando se trata de eliminar residuos, ¿por qué es correcta la solución consistente?
¿Por qué coincide que la solución correcta es la que resulta más coherente?
Este tipo de tratamiento para grandes contribuyentes es bastante rutinario.
Los grandes donadores siempre reciben un trato especial en estos eventos.
Todos contribuyen con la misma cantidad, para evitar un tratamiento especial.
No hay nada nuevo en este tipo de tratamiento para los grandes contribuyentes.
Las cenas con tele tienen un estigma terrible.
El desayuno y el almuerzo son las únicas comidas que aparecen en la televisión.
La gente puede mirar cenas por televisión.
Las cenas en TV siempre muestran a una familia comiendo un plato de carne.
Ella era una morena de pelo largo con cara regordeta, labios carnosos y dientes grandes.
Tenía el cabello negro y algunos dientes en la boca.
Le gustaba usar ropa roja y pinta labios rojos
Estaba completamente calva, y no tenía ni un solo diente.
Pynchon: Como corresponde a un hombre cauto, en lugar de alardear, Pynchon ha mantenido su vida privada en secreto.
Se rumorea que Pynchon tiene un hijo y una hija.
El público sabe muy poco sobre la vida privada de Pynchon.
Hay un famoso programa de televisión sobre la vida privada de Pynchon, que protagoniza el mismísimo Pynchon.
Aunque este planteamiento les resulte bastante razonable a los naturalistas, es uno de los planteamientos más controversiales para reconciliar la fe y la razón.
La fe y la razón se pueden conciliar usando algunos enfoques controvertidos.
Es difícil reconciliar fe y razón.
No hay manera de reconciliar fe y razón.
Morrison se ha ganado el derecho a ser tan idiosincrático como, digamos, William Gaddis, Thomas Pynchon o William Faulkner.
Gaddis y Pynchon no son tan idiosincráticos como Morrison.
Morrison ha trabajado muy duro para ganarse el derecho de ser idiosincrásico.
Morrison puede ser tan idiosincrático como William Gaddis.
Permíteme mostrarte cómo los estadounidenses ven tu desempeño como un abogado independiente.
El pueblo estadounidense se formó una opinión sobre su desempeño como asesor independiente.
El pueblo estadounidense no tiene idea de que fueses un abogado independiente.
El pueblo estadounidense no estuvo satisfecho con su desempeño como asesor independiente.
Busque el próximo poema de Emily Dickinson, Todo lo que realmente necesito saber en Poesía lo aprendí en Microsoft.
Dickenson escribió novelas.
Dickenson escribió poemas sobre el amor.
Dickinson escribía poemas.
Hablando de los consejeros de la Casa Blanca, Time recoge el relato de Henry Kissinger sobre sus sueños como secretario de estado del presidente Nixon.
Henry Kissinger fue el secretario de estado de Nixon.
Henry Kissinger fue el mejor secretario de estado.
El tiempo nunca ha escrito sobre Henry Kissinger.
El viaje valió la pena, al menos en términos de entender qué motiva a los creyentes de la República de Texas.
El viaje ayudó a dar sentido a las motivaciones de los creyentes de la República de Texas.
El viaje a Texas fue divertido, aprendiendo acerca de las creencias y motivaciones cristianas.
El viaje fue una completa pérdida de tiempo, ahora el malentendido es incluso mayor.
Así como Ross, Mehta lucha por expresar las virtudes inefables de William Shawn.
Tanto Mehta como Ross tienen dificultades para expresar las virtudes de Willliam Shawn.
Ross y Mehta no tienen problemas para expresar los principios de William Shawn.
Las virtudes inefables de William Shawn son difíciles de expresar para cualquiera.
Tres bancos japoneses se fusionarán para crear la mayor institución financiera del mundo.
El banco será el mayor del mundo.
La fusión dará lugar a otro banco insignificante.
Los tres bancos respectivos ya son grandes.
Por otro lado, se mantiene al margen de Mark Twain.
No ha visto la luz del día en años.
No se puede detener a Mark Twain.
Mark Twain se interpone entre la luz del día y él.
Lo más decente y sensato que se puede hacer es decírselo al presidente.
Sería humano informar al presidente.
Decirle al presidente sería considerado insensible.
El presidente se sorprenderá y se enfadará por esta noticia.
Prudie quiere que recobres de inmediato tu sentido del humor y agradezcas que tu amigo interviniera antes de que, mmm..., se produjera ningún a daño.
Prudie dice que deberías tomar esto muy en serio.
Prudie piensa que la vida es mejor cuando te ríes de todo.
Prudie quiere que te rías.
En primer lugar, ¿por qué los seres humanos tendrían gustos similares a los de Laibson?
Todos deberían tener preferencias del estilo de Laibson.
No sé por qué los humanos deberían tener preferencias de estilo Laibson.
Las preferencias de estilo Laibson son la norma.
Hay una diferencia entre escepticismo cauto y escepticismo idiota.
El escepticismo sagaz y el escepticismo tonto no son exactamente lo mismo.
El escepticismo prudente y el escepticismo estúpido en realidad son lo mismo.
El escepticismo astuto es más común que el escepticismo mancuerna.
La presencia de Bugsy Siegel y Kid Twist en nuestra historia reciente no significa que seamos personas duras.
Bugsy Siegel y Kid Twist son parte de nuestra historia y eso significa que somos duros.
El hecho de que Bugsy Siegel y Kid Twist sean parte de nuestra historia no significa que seamos automáticamente duros.
La presencia de estos raperos en nuestra historia no garantiza que seamos duros.
La reseña de John Horgan del libro Climbing Mount Impossible (The Mystery of Life) de Richard Dawkins es interesante.
Es obvio que John Horgan nunca leyó el libro, Climbing Mount Impossible (El misterio de la vida).
John Horgan dio una reseña brillante de cinco estrellas al libro de Richard Dawkins.
Richard Dawkins escribió un libro titulado Climbing Mount Impossible (Escalar el monte imposible - El misterio de la vida).
Soderbergh es uno de esos raros cineastas que aprendieron la profesión sobre la marcha.
Es muy común que los cineastas aprendan en el trabajo.
Rob Soderbergh es un cineasta galardonado.
Soderbergh es un cineasta con la habilidad de aprender en el trabajo.
¿Qué aspecto de nuestra política exterior teme más Richard Clarkede que quede congelado o sea abandonado mientras los civiles son asesinados en Ruanda o sean congelados mientras los civiles son asesinados en Kosovo?
Clarke tiene preocupaciones sobre cómo responderemos a la violencia reciente.
A Clarke le preocupa nuestra política exterior.
Clarke sabe que todo estará bien.
Lenny Bruce comenzó su apología de ésta manera-- y lo cito de mala memoria-- la prolongación del crimen, la enfermedad, el sufrimiento, y la muerte son las razones por las cuales estoy aquí, Albert Schweitzer, y J. Edgar Hoover en el negocio.
Bruce se disculpa muy a menudo.
Bruce se disculpa.
Bruce nunca se disculpa.
El martes, Bush advirtió: Con demasiada frecuencia, en asuntos sociales, mi partido ha pintado una imagen de Estados Unidos inclinándose hacia Gomorra.
Bush no está de acuerdo con la forma en que su partido refleja el panorama.
Bush advirtió en un día de la semana que su partido a menudo generaba una imagen sobre cuestiones sociales.
El jueves, Bush felicitó a su partido por pintar una imagen de Estados Unidos en dirección al sol.
Este hombre nació en Alemania, es rico, educado, viajó mucho ...
El hombre se mudó de Alemania después de haber nacido.
El hombre rico, educado y que ha viajado mucho nació en Alemania.
Este hombre nació en Arkansas y era pobre, sin educación y nunca viajó.
El segundo nivel de falsedad es que Brock defiende a Hillary sólo para elevar su propio escándalo de propiedad.
Brock no defiende a Hillary.
Algunas personas creen que es falso que Brock defienda a Hillary para elevarse.
El siguiente nivel de mentiras va a ser uno en el que Brock defiende a Hillary para agrandarse a sí mismo.
Time publica dos artículos antiemoción.
Newsweek publicó cuatro artículos muy emotivos.
La revista Time incluye dos artículos contra la emoción.
La revista Time lleva adelante dos controversiales artículos anti emoción.
En un principio, esta propuesta provocó algunas burlas por parte de los analistas cuyo desprecio por Forbes es bastante obvio.
Forbes solo tiene seguidores.
A la mayoría de la gente no le gusta Forbes.
A algunas personas no les gusta Forbes.
Es una medida de seguridad para la gente ordinaria ¿ pero el presidente llevará una cartera?
¿Crees que el Presidente lleva cartera?
A nadie le importa si el presidente lleva una billetera.
El presidente podría llevar una billetera.
Gracias al Vaticano II (y una de sus consecuencias poco notorias, un debilitamiento del anticatolicismo americano), los católicos socializan de forma desinteresada con otros cristianos y asisten a sus bautizos, bodas y funerales.
Los católicos y los cristianos tienen algunas cosas en común.
Los católicos y los cristianos nunca participan en las mismas actividades.
Hay algunas tradiciones exclusivamente católicas.
Mi género es interesante pero realmente no es el tema de la historia aquí.
La interesante historia sobre mi género es algo sobre lo que escribiré en el futuro.
El principal tema de esta historia es mi género y revelárselo a las personas más cercanas a mí.
La historia trata un tema que no está basado totalmente en género.
Sin embargo los senadores y legisladores estatales de Nueva York admiten que accedieron a la legislación porque estaban impresionados con la ferocidad del apoyo a la propuesta de ley.
El estado de Nueva York tiene sus propios representantes gubernamentales.
El estado de Nueva York no tiene senadores.
El estado de Nueva York tiene más senadores que otros estados.
El Boston Globe ha publicado una contundente serie de cuatro partes sobre la Universidad de Harvard.
La Universidad de Harvard le dio permiso a The Boston Globe para escribir sobre ellos.
El Boston Globe nunca ha escrito acerca de una universidad.
El Boston Globe ha escrito sobre la Universidad de Harvard.
Cuando la bola cayó, un gran letrero se iluminó y se transmitió en cada 2000 Discover Card.
El letrero se iluminó en Times Square.
La señal se iluminó.
El cartel permaneció negro.
Entonces, también en los trópicos cubanos, acaba de haber un día tan bello como la gloria, frío como la tumba.
Cuba está en el Ártico.
Cuba está en los trópicos.
Siempre está por encima de 80 en Cuba.
Busque la condescendencia, el sentimentalismo, la ironía (con opciones por separado para intencionales y no intencionales), el proxenetismo, el oscurantismo y los juegos de palabras.
La ironía intencional es más común que la ironía involuntaria.
La ironía se subdivide en categorías.
Hay solo un tipo de ironía.
Los eurócratas de la Unión Europea tienen ideas valiosas, como persuadir a los gobiernos del continente para que hagan políticas de inmigración y ambientales armonizadas.
La Unión Europea tiene burócratas.
Las políticas medioambientales y de inmigración no son buenas.
No hay buenas ideas de los Eurocats.
Este no es un secreto para los comerciantes de música.
Los minoristas de música no saben completamente nada sobre esto.
Los vendedores de música son conscientes de este hecho.
Los minoristas de música sabían de este problema antes de que las noticias llegaran al público, hace un mes.
La misma insinuación de que Hillary Rodham Clinton podría tener algo que aprender de la Princesa Diana fue lo suficientemente intrigante como para hacerme hacer clic en Hillary y Di de Margaret Carlson.
Hillary Clinton es una persona perfecta.
Hillary Rodham Clinton podría aprender de la princesa Diana.
La princesa Diana era mucho mejor persona que Hillary Clinton.
¿Por qué Gates produce a un ritmo tan frenético?
Gates no produce de manera lenta.
El Presidente se preguntaba por qué las máquinas en la fábrica de Gates producen a un ritmo tan alto.
¿Por qué Gates produce a un ritmo tan lento?
No hace falta pedir perdón por nuestro papel de liderazgo.
Nuestra única opción es seguir las instrucciones que nos den nuestros superiores y directivos.
Nos hemos ganado el respeto y el derecho de ser líderes orgullosos en este tema.
No le debemos a nadie ninguna disculpa por nuestro liderazgo en este asunto.
Hay, por supuesto, muchas escenas elegantes y coquetas en yates.
Los grandes yates son muy caros de mantener ya que necesitan mantenimiento regular y usan grandes cantidades de combustible.
Muy pocas escenas elegantes o coqueto tienen lugar en yates.
Los yates se utilizan como escenario para muchas escenas elegantes.
El sitio web de MCI detalla el método previsto para medir esta carrera.
El sitio web de MCI tiene pautas que son fáciles de entender con respecto a la medición de operación.
Existen pautas establecidas en el sitio web de MCI que explican cómo medir jonrones.
No hay mención de jonrones en la página web de MCI en este momento.
El New Yorker ha contraatacado con ediciones especiales-- tomos masivos sobre la raza, Hollywood o el futuro.
A pesar de ello, el New Yorker se ha negado a publicar números especiales.
En respuesta, el New Yorker ha publicado enormes números especiales sobre temas como Hollywood, la raza y el futuro.
The New Yorker ha respondido con más de 20 números especiales, incluidas revistas completas sobre racismo, viajes espaciales y educación.
Aunque no te escriba desde Estados Unidos, allí es donde normalmente estoy, haz me una seña ...
Hoy estoy en Canadá, pero normalmente estoy en los Estados Unidos.
Te escribo mientras estoy en vacaciones de dos semanas en los Estados Unidos
Normalmente estoy en Estados Unidos, pero ahora no te estoy escribiendo desde allí.
Lo que Herrnstein y Murray usaron para medir el coeficiente intelectual es en realidad una medida de educación así como de inteligencia.
Herrnstein y Murray usaron educación e inteligencia para determinar el coeficiente intelectual.
Las únicas cosas que Herstein y Murray usan para determinar el cociente intelectual son la edad y el sexo.
Hernstein y Murray usaron la educación y la inteligencia para determinar el cociente intelectual de los niños.
Los resultados franceses fueron básicamente llenar dieciocho millones de prescripciones para fen phen en los Estados Unidos el año pasado.
Millones de personas tomaron un medicamento dietético que les hizo perder 20 libras cada una.
Millones de personas tomaron fen-phen.
Nadie tomó fen-phen en los Estados Unidos.
Hay dos ventajas evolutivas de parecerse a la media.
Tener una apariencia común es beneficioso porque las personas te dejan en paz.
Lo mejor es parecer muy elegante.
Está bien mirar el promedio.
El Departamento de Estado le pidió a Moscú que modifique el Tratato ABM--al que la mayoría de los partidarios de la defensa antimisiles ven como un anticuado dinosaurio de la Guerra Fría de todos modos.
El Tratado ABM no tiene nada que ver con el armamento.
El Tratado ABM ha ahorrado miles de millones de dólares.
El Tratado ABM implica defensa de misiles.
Sacando más provecho de las relaciones crispadas entre British Telecom y MCI, WorldCom pujó más alto que BT al ofrece 30 mil millones de dólares por MCI.
BT ofreció 20.000 millones por MCT.
WorldCom nunca hizo una oferta contra BT.
WorldCom estaba en una guerra de ofertas contra BT.
La respuesta de la feminización de la cultura
La cultura no puede relacionarse con el feminismo.
La cultura fue feminizada.
Sólo hay una respuesta a la feminización de la cultura.
Lo mejor que se puede decir de Podhoretz y Dexter es que a sus relojes biológicos no les quedan muchos minutos más.
¡Decter es tan joven!
Decter tiene 85 años de edad.
Decter es viejo.
Alternativo no debe usarse en lugar de sustituto.
No es apropiado usar alternativas para referirse a alternativas.
Está permitido sustituir alterno por alternativa.
Muchas personas no saben cómo usar correctamente alternativas y sustitutos.
Cuando llegó a los sesenta años, en 1895, Skeat dio la impresión de que estaba empezando a tomarse menos en serio estos asuntos
Cuando Skeat cumplió los sesenta, no dio señales de que estaba pensando en nada.
A medida que Skeat creció, tuvo la sensación de que se tomaba estos asuntos menos.
Skeat comenzó a preocuparse por diferentes cosas a medida que envejecía.
En la grava en la parte trasera de la cueva, había un coche negro abollado y una boya de pesca de color rosa brillante, pequeñas como juguetes contra las rocas.
El automóvil y la boya de pescar eran pequeños en comparación con los cantos rodados.
El coche se había desviado de la carretera y había ido a parar a la base del peñasco.
El enorme tamaño del coche hizo que la roca pareciera una pequeña piedra.
El buen Dr. Spooner, un hombre amable de pelo blanco y rostro angelical, sirvió en la New College durante medio siglo como académico distinguido y administrador capaz.
El Dr. Spooner dejó el New College después de servir veinte años como alumno y administrador.
El Dr. Spooner formó parte de New College por décadas.
El Dr. Spooner fue el miembro más antiguo de la Nueva Universidad.
... pero la segunda vez que se produce el encuentro, se vio atrapado en medio de dos amigos.
Él no sabe qué lado elegir, entre sus dos amigos.
Él solo tiene un encuentro, que involucra a un amigo suyo.
La segunda vez el encuentro involucra a tres personas.
¿Qué te gusta más, las matemáticas o las ciencias?
¿Prefiere las matemáticas o las ciencias?
¿Qué es lo que más odias, inglés o filosofía?
Te pueden gustar otras cosas además de las Matemáticas y las Ciencias.
Debido al tiempo y a la tecnología mejorada, todos los teléfonos que no son de radio pueden ser marcados como teléfonos con cable.
Los teléfonos que no son de radio terminarán como teléfonos con cable.
Los teléfonos mejorarán con la tecnología.
Los teléfonos inalámbricos son más básicos que los teléfonos que no son de radio.
La última oración Suponemos, por supuesto, que no ha enviado este ensayo a otra parte.
Suponemos que usted no ha presentado este ensayo a nadie más.
Entendemos que ha publicado previamente este ensayo en cinco periódicos.
Nos gustaría que firmaras un formulario aceptando que somos los únicos a los que has presentado este ensayo.
Un caballero está ligado a su corcel a través del latín caballus (caballo).
Los Cavaliers son conocidos como soldados de infantería utilizados para defender posiciones fijas.
El mismo nombre de un caballero indica su conexión con su caballo.
Entre los caballeros hay tres razas diferentes de caballos que son famosas.
Los lingüistas han demostrado que la primera lengua franca (conocida por muchos lingüistas como Lingua Franca Mediterránea) ya se hablaba antes de que comenzara la primera Cruzada en el año 1096 d. C.
Según la Lingua Franca fue hablada después de la primera Cruzada.
La primera lengua franca se pronunció en Francia después de la primera cruzada.
La primera lengua franca se hablaba en el Mediterráneo.
buen hermano -- esta expresión de uso común presente se encuentra en Julio César (iv.
En Julio César, se usa el término buen hermano.
El término buen hermano solo se ha usado desde el siglo XX.
El término hermano bueno se usa para referirse a un cuñado.
Si es así, puede que te veas inducido a comprar esta edición, ya que contiene 55 páginas de palabras, definiciones y citas no publicadas anteriormente.
Este libro tiene muchas palabras nuevas que no fueron publicadas antes.
Esta edición es igual a la edición anterior.
Esta edición vendió más de quinientas mil copias en su primer año.
Nos intimidaba un poco el aspecto, pero lo comimos, sin entusiasmo, pero con el labio superior rígido que habíamos bebido, por así decirlo, con la leche de nuestra madre.
Todo el mundo se comió su comida con gusto y comentó que le recordaba a sus platos favoritos de vacaciones.
Nos sentimos obligados a comer lo que pusieron delante de nosotros porque no queríamos ofender a nuestros anfitriones.
A regañadientes nos comimos lo que se nos dio, aunque no nos gustaba el aspecto que tenía.
¿Qué edad tienen los jóvenes?
Sé exactamente qué edad tienen los jóvenes.
Los jóvenes son un grupo que algunas personas tienen problemas para clasificar por edad.
Los jóvenes son menores de veinticinco años.
Hoy en día estos germanismos ni siquiera han permanecido en los Estados Unidos.
Hoy en día estos germanismos ni siquiera se quedan en la misma ubicación en los Estados Unidos.
Estos germanismos ya no se usan en Estados Unidos.
Estos germanismos se usan en todo el continente americano en la actualidad.
Según la reseña, el primero contiene 2 000 entradas, el último 2 700; pero el ODNW continene más densidad de información, al menos un treinta por ciento más, según mis cálculos.
Según mis cálculos, el ODNW tiene más información de la que apunta la propaganda.
La ODNW tiene más de un treinta por ciento más de información.
El ODNW carece de suficiente información y entradas necesarias para hacerlo útil.
Además, su concepto del tiempo es circular, no lineal, por lo que marcar el paso del tiempo no es tan importante como celebrar la vuelta a los eventos de temporada.
Como su concepto del tiempo es lineal, el paso del tiempo es más importante que el retorno de los eventos estacionales.
Debido a su visión circular del tiempo, el regreso de eventos estacionales es más importante para ellos.
Celebran eventos de temporada porque creen que el tiempo es un ciclo.
Por ejemplo, algunos tienen derivaciones claramente eliminadas del equipo usado o de la pista en la que se celebró la partida.
Todos los deportes llevan el nombre de una pieza del equipo utilizado en el deporte.
Algunos juegos no reciben su nombre del equipo ni de la pista.
Esto sucede a menudo cuando se crea un deporte utilizando equipos existentes de otros deportes.
Y en cuanto a los retos, ahora mismo estoy buscando una palabra que pueda ser cortada en dos formas más pequeñas sucesivamente.
He encontrado tres palabras que se pueden cortar en dos formas sucesivamente más pequeñas.
No me ha resultado fácil encontrar una palabra que se pueda segmentar en dos formas cada vez más pequeñas.
Me interesé por la lingüística, desde que tomé una clase introductoria el año pasado.
Para decirlo de otra forma, podría escribir un ensayo llamado The Perils of Literacy (Los peligros de la alfabetización) o A Little Literacy Is a Dangerous Thing (Un poco de alfabetización es una cosa peligrosa).
No podía dejar de pensar en un título de un libro que escribiría sobre alfabetización
Yo podría escribir un libro titulado Los peligros de la alfabetismo o Un poco de alfabetismo es algo peligroso.
Podría haber otros títulos para un libro que podría escribir acerca de los peligros de la alfabetización.
Pero este lustro en la dedicación se omite en esta revisión, dejando al lector con menos sabiduría que antes.
El libro fue dedicado a la madre del autor.
La reseña cubría toda la información que un lector necesitaría saber.
La revisión no cubre información esencial de la dedicación.
En los últimos años del siglo XIX se habló mucho de la palabra
Finalmente se decidió que la palabra no era aceptable entre gente educada.
La palabra fue un tema de debate hace muchos años.
La palabra fue abandonada y olvidada antes de acabar el siglo XIX.
Me sorprendió la mención de Rebecca Christian en Blessed Be the Words That Bind '[XVI, 3] de la canción de Vikki Carr,' Is That All There Is '?
Pensé que la letra de esta canción era muy extraña.
Pensé que las letras de las canciones eran decepcionantes.
Rebecca explicó que no entendía las palabras porque yo era un bufón ignorante.
Pero tienen un nombre secreto y privado que sigue siendo un secreto familiar.
Un miembro de la familia publicó un libro y reveló todos los secretos de la familia.
El nombre secreto se ha transmitido a través de la familia generación tras generación.
Esta familia tiene un secreto que permanece escondido.
La Biblia del rey Jacobo, que contiene muchos de esos arcaísmos, los ha preservado para el inglés moderno, wherefore aparece de forma más común en la tautología de why y wherefore.
No es fácil leer la Biblia de King James, dados sus muchos arcaísmos.
La Biblia del Rey James ha sido revisada por completo de modo que está redactada en un inglés moderno y sencillo.
La Biblia King James tiene muchas palabras y frases antiguas.
Pero tales reconocimientos no califican como dedicatorias en el sentido generalmente entendido y en el libro en particular.
Los reconocimientos son dedicatorias.
Los reconocimientos no son dedicatorias.
Los reconocimientos no son útiles.
la consistencia es una forma de ritualismo.
Ser consistente es como realizar rituales.
Resultados consistentes en resultados caóticos y aleatorios.
La costumbre se valora porque conduce a un resultado consistente.
Haz que mi abrigo parezca nuevo, querido, ¡cóselo!
Necesito que cosas mi abrigo para arreglarlo.
Mi abrigo está en perfectas condiciones, no necesitaré que lo toques.
Hay varios puntos sueltos en la solapa de mi abrigo.
dijo mi esposa, levantando una ceja.
Mi mujer alzó una ceja mientras hacía la pregunta.
Mi mujer arqueaba las cejas mientras hablaba.
Mi esposa entrecerró los ojos mientras hablaba.
Considere esta figura en el descubrimiento del hecho de que el diccionario más grande de inglés, ahora agotado, tenía 600,000 o más entradas, incluidas muchas formas obsoletas.
El diccionario más grande tenía más de 600,000 entradas.
El diccionario más grande ahora está agotado.
El diccionario más grande todavía se está imprimiendo hoy.
Otros simplemente se maravillarán con el uso del lenguaje y se preguntarán dónde termina nuestro lado analítico y comienza nuestro lado emocional.
Es difícil decidir exactamente dónde comienzan las apelaciones a las emociones.
Esta pieza no es más que un análisis analítico seco.
Este trabajo ha ganado varios premios de escritura de prestigio a lo largo de los años.
Es extraordinario que esta anomalía aún persista, incluso en muchas fuentes modernas.
La anomalía se eliminó hace varios siglos.
Esta anomalía podría corregirse, pero el costo sería significativo.
Esta anomalía todavía existe hoy al igual que existía en el pasado.
Las palabras son, en general, antiguas.
La mayoría de las palabras tienden a ser bastante viejas.
Casi todas las palabras son invenciones muy recientes.
La palabra promedio tiene más de cien años.
La naturaleza igualmente caprichosa de las definiciones contraviene la descripción.
Las definiciones son bastante secas y no descriptivas.
Las definiciones son además muy extravagantes.
Se han dado diecisiete definiciones diferentes.
Nos enseñan a ser resueltos, implacables e ingeniosos.
Ser resuelto, implacable e ingenioso son habilidades que se pueden enseñar.
Ser resolutivo, constante e ingenioso son destrezas que no se pueden enseñar, sino que son meramente instintivas.
Aprender a ser decidido, implacable e ingenioso es desafiante y difícil, pero lo enseñan hábilmente.
Por lo tanto, es posible seleccionar los bocados de información necesarios en entornos ruidosos, si se tienen en cuenta las expresiones faciales, los gestos y otras pistas contextuales que se toman en cuenta.
La clara comunicación verbal es la única manera de obtener información
Incluso en un ambiente ruidoso, se puede reunir la información más importante observando las expresiones faciales, los gestos y signos contextuales.
Puede comprender lo que se comunica mediante expresiones faciales y gestos con las manos, incluso cuando no puede escuchar lo que se dice.
Así, uno tiene un poema romántico escrito en latín en el que la primera línea contiene las palabras para hombre y mujer en los extremos opuestos de la línea.
Las aves y las abejas se mencionan en este poema latino, pero no se describen personas.
La historia de amor representada en el poema latino explica la razón de la distancia entre el hombre y las mujeres en el medio de la primera frase.
Este poema romántico en latín hace referencia a un hombre y una mujer en la primera línea.
Como todos sabemos, existe una enorme cantidad de publicaciones que tratan sobre áreas altamente especializadas.
Hay muchas revistas sobre los estudios científicos.
Hay muchas revistas.
Hay solo 2 revistas.
Lo que estás haciendo se convierte en ver una duna.
Ellos cambian las frases para confundir a la gente.
Lo dicen como siempre lo han hecho
ellos cambian las palabras.
Recordemos que ellos no hacen declaraciones.
Su declaración escrita salió en el periódico de esta mañana.
Les gustaría expresar su opinión, pero en este momento se evita que hagan ninguna declaración.
Deberíamos tener presente que ellos no han hecho ningunas declaraciones.
De las cinco páginas de agradecimientos personales (en contraste con las dos páginas de bibliografía), se llega a la conclusión de que el diccionario se basa en gran medida en una investigación original.
El autor de este diccionario hace un trabajo muy completo de documentación e investigación en practicamente cada entrada.
Este diccionario parece estar plagiado de un diccionario existente escrito por un competidor.
Este diccionario documenta en los reconocimientos personales que su contenido se basa en gran medida en la investigación original.
Las personas que no hablan las lenguas en cuestión probablemente no tengan respuestas a estas preguntas retóricas, pero estoy seguro de que preferirán evitar la odiosa verdad.
Incluso si no pueden hablar el idioma, deben ser capaces de responder a las preguntas.
Aquellos que no hablen el idioma tendrán problemas para responder.
Estarían mejor si tuvieran alguien para interpretar.
buscarle la quinta pata al gato `buscar la quinta pata del gato' es muy común con el significado `buscar problemas'.
Los gatos a veces tienen cinco patas, por lo que la gente inventó un dicho sobre ello.
El dicho es sobre gatos con tres patas.
Hay una expresión idiomática sobre la quinta pata de un gato.
Y aunque la xerografía ha proporcionado tanto verbos como sustantivos para copiar palabras, la ut pictura poesis de Horace nos recuerda esa imagen también y tiene novedades que coexisten con los significados antiguos.
La xerografía es sobre sólo sustantivos.
La xerografía está relacionada con el significado de las palabras.
La xerografía está relacionada con el significado de las palabras de los términos técnicos.
Limpia las palabras en su fragmento, también.
También elimina palabras cuando pasa.
Barre las palabras rápidamente.
Al pasar, no barres nada.
Hacer mal (a alguien) - La violación de Lucrecia, línea 1462:
alguien no lo hizo nada mal
Alguien había sido violado
algo se hizo mal
Por lo tanto, no puedo aceptar el origen de Hendrickson para las latitudes del caballo, aunque, para darle lo que se merece, sólo copió la etimología de otras fuentes, incluida el OED.
Estoy totalmente de acuerdo con Hendrickson.
No estoy de acuerdo con Hendrickson sobre el origen de las latitudes de los caballos.
Estoy bastante seguro de que Hendrickson no tenía mucho en que basar sus ideas.
Muchos idiomas tienen ésta ambigüedad.
Ningún otro idioma tiene este tipo de ambigüedad.
Esta ambigüedad es cierta en la mayoría de los idiomas.
Esto hace que aprender el idioma sea más difícil.
Pero la pregunta ni siquiera puede hacerse cuando se pierden los detalles.
Aclarar los detalles hará que la pregunta sea más comprensible.
La pregunta debe ser respondida incluso con los detalles extraviados.
No puede responder la pregunta cuando los detalles no están establecidos correctamente.
¿Y cómo se denominó Kermit a una cosa tan fría e inhumana como un protocolo de telecomunicaciones para transferir archivos entre un ordenador central y una microcomputadora?
Kermit es el nombre que se atribuye a un cierto tipo de protocolo en las telecomunicaciones.
El protocolo de telecomunicaciones Kermit se trata de un método de conversación entre Facebook Messenger y WhatsApp.
El protocolo de telecomunicaciones Kermit se llama así por una rana.
Si hay suficientes personas que compran este libro, será necesaria una segunda edición pronto que, se espera, incluirá algunas de las recomendaciones anteriores (no estas).
El libro no es de ficción.
El libro podría necesitar un segundo lanzamiento.
Pase lo que pase, el libro sólo necesitará un lanzamiento.
En Santa Fe, donde la herencia y la población hispana siguen siendo considerables, los nuevos nombres pseudo-españoles son más aptos para ser correctos que en, por ejemplo, California o Tucson.
Todos en Santa Fe tienen un nombre americano.
En Santa Fe, la mayoría de la gente tiene nombres hispanos.
Hay muchos nombres en español en Santa Fe.
Las palabras suaves y cálidas de los niños nos permiten calmar nuestros temores sobre los ordenadores que se bloquean, explotan y suspenden.
Las palabras de los niños alivian los accidentes, las bombas y las interrupciones en las computadoras.
Las palabras de los niños son suaves y cálidas, lo que calma nuestros temores sobre ordenadores que se estropean, bombardean y abortan.
Las palabras suaves y cálidas de los niños nos permiten no temer que los ordenadores se bloqueen, bombardeen y aborten.
Los delitos graves disminuyen, pero los asesinatos aumentan.
Gracias a la fuerza policial, los asesinatos están en un absolutonivel más bajo.
Ha habido un aumento en los asesinatos porque un asesino en serie anda suelto.
Ha habido un aumento en asesinatos.
También se pueden encontrar aquí algunas definiciones que no son completamente incorrectas, aunque se puede no estar de acuerdo.
Una definición puede ser técnicamente correcta, pero tiene dos o más interpretaciones sobre las que la gente podría discutir.
Todas las definiciones han sido acordadas por todas las partes.
Puede que no estés de acuerdo con alguna de las definiciones aunque no sean del todo incorrectas.
RH-II etiqueta esta expresión actual como proveniente de South Midland y del sur de los Estados Unidos y significa estar al borde de.
Según RH-II, esta expresión significa estar al borde de.
Esta expresión del sur de los Midlands significa tengo hambre.
Esta expresión fue importada a los Estados Unidos de la jerga criolla.
Batta gubernamental/legal, begar, chaprasi, dakoit, dakoity, dhan, dharna, kotwal, kotwali, panchayat, pottah, sabha
Todas las palabras son fáciles de entender.
Hay muchas palabras tontas que describen al gobierno.
Nos entregaron una larga lista de términos extraños.
La maestra explicó, en términos que esperaba fueran apropiados para su audiencia.
Ella explicó a su audiencia la teoría de la evolución.
La maestra intentó dar su conferencia usando deliberadamente palabras extrañas.
El profesor intentó explicar en público: los términos apropiados.
El estadio en sí, y el tipo de actividad que se hacía allí, se llamaron agon, una palabra griega que originalmente significaba simplemente competición, pero que ha dado nuestra palabra agonía.
La palabra griega para decir 'competición' ha acabado adquiriendo el significado de 'dolor' en inglés dada la 'agonía' que tenía lugar durante las competiciones.
La palabra agon originalmente significaba competencia en griego.
La palabra agon originalmente significaba dolor y sufrimiento en griego
No se deben pasar por alto los destellos de sabiduría.
Los destellos de sabiduría no tienen ninguna importancia.
Los destellos de sabiduría, son de gran importancia.
Los destellos de sabiduría siempre deben ser considerados.
En Tokio, un corresponsal de The Economist vio una camiseta O D en Bourgeoisie Milk Boy Milk.
Un periodista de The Economist estuvo en Tokio y notó una camiseta particular.
La camiseta que decía O D on Bourgeoisie Milk Boy Milk parecía fuera de lugar y confusa en Tokio.
El corresponsal de The Economist en Tokio no pudo leer la camiseta que vio.
Dos de los escritores de historia popular más conocidos de Canadá, Peter C. Newman y Pierre Berton, usan el término casi exclusivamente en los trabajos que han escrito sobre el norte de Canadá.
Peter C. Newman y Pierre Berton son escritores populares de la historia canadiense.
Ha habido exactamente dos libros escritos sobre la historia de Canadá del Norte, y fueron escritos por los populares escritores Newman y Berton.
Aunque escribieron muchas canciones modernas populares, Peter C. Newman y Pierre Berton nunca escribieron libros sobre historia.
Bazofia, por supuesto, es una designación del lenguaje para 'inútil, asqueroso y no apto para el consumo humano', como la porquería de los cerdos.
Hogwash se define como lo que es absurdo y sin valor.
Las tonterias comúnmente son usadas para describir las cosas más importantes y sensatas.
El término Hogwash se forma debido al hedor que proviene de lavar cerdos.
Los traductores de la Biblia King James estaban traduciendo la Biblia para un público cristiano; para ellos, la Biblia consiste en el Antiguo Testamento y el Nuevo Testamento.
La Biblia King James contiene tanto el Antiguo como el Nuevo Testamento.
La Biblia King James contiene solo el Antiguo Testamento.
La Biblia de King James está hecha únicamente para una audiencia cristiana.
En este contexto, la reciente publicación del Omni Gazetteer of the United States of America, a pesar de sus 1.500.000 entradas, puede considerarse como solo un primer paso, aunque ambicioso.
El Omni Gazetteer de los Estados Unidos es un primer paso.
El Omni Gazetteer de los Estados Unidos trata de animales.
El Omni Gazetteer de los Estados Unidos es muy completo.
Mi otro argumento es que, para ser un éxito total, un diccionario de este tipo requiere mucho más que las habilidades académicas de un especialista en nombres de lugares.
Un diccionario tiene mucho que ofrecer.
Se requiere un diccionario más que habilidades especializadas.
El diccionario requiere sólo las habilidades de un especialista.
Ella apuntó un parche de arbustos igualmente deprimentes pero más espesos.
Ella hizo un gesto hacia otro arbusto más tupido.
Gesticuló hacia un arbusto indicando que había allí algo deprimente.
Ese arbusto es menos espeso que el otro.
La diferencia entre un presidente y un rey es que un rey no tiene vice.
Un rey que establece un orden de sucesión siempre es acusado de mostrar signos de debilidad.
Un presidente tiene un Vice-Presidente, pero un rey no tiene un Vice-rey.
Nunca es obvio quién se hará cargo de un rey en caso de su muerte, pero sí es obvio para un presidente.
Las palabras que no encajan no se pueden devolver.
Todas las palabras son adecuadas.
Algunas palabras no encajan en el puzzle.
Algunas palabras no encajan.
En realidad, la palabra quark está en el OED como un verbo que significa `croar', con referencias del siglo XIX a ranas, torres y garzas.
La mayoría de la gente no sabría el origen de la palabra quark y se refiere al ruido hecho por una rana.
La palabra en inglés quark se ha incluido en los diccionarios como un verbo definido como el sonido de croar producido por las ranas.
La palabra cuark es una palabra moderna inventada por los científicos en la década de 1960.
La selva virgen es una selva en la que la mano del hombre nunca ha puesto un pie.
Un bosque que jamás ha sido arruinado por la presencia humana, recibe el nombre de bosque virgen.
Debido a nuestra población, aún quedan pocos bosques vírgenes en los Estados Unidos.
El desarrollo de condominios más nuevo en el centro del bosque no afectará su estado de bosque virgen.
Estas cajas vienen con cables (se llaman cables en el mercado porque parecen que son más impresionantes) que les permiten conectarse entre sí y a una fuente de alimentación.
Cables es una palabra mucho más prestigiosa que alambres en cualquier negocio.
No hay cables o cuidado de cables incluidos en el intercambio de estas cajas.
Estas cajas pueden conectarse entre sí y ser energizadas con cables.
Jones, refiriéndose a Sir William Johnson, comentó: Fue amado, querido y casi adorado por los indios.
A los indios no les gustaba sir William Johnson.
Los indios apreciaban a Sir William Johnson.
Los indios le mostraron a Sir William Johnson cómo plantar un jardín.
Todavía tengo espacio para seis escoceses más.
todavía puedo consumir seis whisky más.
Solo tengo lugar para un vaso más de whisky escocés.
Seis escoceses más en las rocas le irá muy bien.
El Dr. Richards nunca deja de sorprendernos.
Continuamente estamos sorprendidos por el Dr. Richards.
Aullamos de risa cuando escuchamos las últimas noticias del Dr. Richards.
Nunca hemos oído hablar del Dr. Richards o de sus ideas.
Es un área rocosa en la que un ranchero llamado Lover se escondió entre los pedruscos de la gente que quería matarlo.
Lover tenía un objetivo en su cabeza y, por tanto, tenía que esconderse entre las rocas.
El amante huyó de la ley y lo quería muerto.
El ranchero llamado el Amante se escondió en una zona cubierta de hierba mientras planeaba su asesinato.
Por lo tanto, en promedio, Webster's Ninth New Collegiate y Random House Webster's College contienen al menos un quince por ciento más de información por entrada que American Heritage y Webster's New World.
Las escuelas usan Webster College porque es el mejor.
Hay más información en Webster's College que en New World.
Al Webster's College le falta más información que a los otros libros.
Mi hermana salió una vez con un joven fornido que era un apoyo vigoroso de la Universidad de Iowa, de los equipos deportivos conocidos como Hawkeyes.
Mi hermana es monja y nunca ha salido con un hombre.
Mi hermana solía salir con un fanático de los equipos deportivos de la Universidad de Iowa, que se llaman Hawkeyes.
El joven con el que estaba saliendo mi hermana se sentía obligado a ser fanático de Hawkeyes porque trabajaba para la Universidad de Iowa.
El habla inglesa ya está recargada con palabras superfluas que nunca deberían haberse aceptado y que incluso ahora se debería rechazar.
El inglés necesita urgentemente palabras exóticas adicionales.
Los expertos han identificado cincuenta palabras diferentes que no deberían formar parte del lenguaje.
Hay muchas palabras en inglés que deben ser removidas del idioma.
John Burke (Alabama) revisa y analiza otros relatos contemporáneos y descubre que Boswell no solo es el más preciso, sino que lo utiliza para demostrar el carácter de Johnson, mientras que otros simplemente vendían cotilleos literarios.
A John Burke no le agrada Boswell.
John Burke ignora las cuentas.
John Burke examina cuentas.
Ha pasado un mes desde las elecciones y todavía los Republicanos y Demócratas están chocando los cinco.
Ha pasado un mes desde las elecciones.
Ha pasado un mes desde las elecciones presidenciales.
Ha pasado solo una semana desde la elección.
Feisty, como fizzle, comenzó como Middle English fysten, fisten `a pedo.
Fiesty comenzó como fisten.
Fiesty ha existido por 100 años.
Fiesty no está relacionado con fisten.
Aunque la aseveración es mejor, una respuesta da una imagen mental de compleción.
La declaración proporciona más detalles.
La declaración no es mejor.
La declaración es preferible.
El Consejo Shawnee Trail nació de la unión entre el Consejo Four Rivers y el Consejo Audubon.
El Consejo de caminos de los Shawnee se formó por la fusión del Consejo de Four Rivers y el Consejo de Audubon.
Kathy y su esposo Pete Beale (Peter Dean) están estables económicamente.
Kathy y su esposo Peter Dean (Pete Beale) tienen estabilidad financiera.
Timora diarhoda es una especie de polilla de la familia de los noctuidos. Se puede encontrar en África, incluso en África del Sur.
La diarhoda es una especie de polilla de la familia noctuidae. Se puede encontrar en África del Sur e incluso en África.
Joe R. Campa Jr. es un antiguo navegante de la Armada de los Estados Unidos, que prestó servicio como onceavo suboficial jefe maestro de la Armada de los EE. UU.
Joe R. Campa Jr. es un antiguo artillero de la Armada de los EE. UU. que sirvió como 11.º suboficial jefe maestro de la Armada de los Estados Unidos.
Cook Pond, también conocido como South Watuppa Pond, está ubicado al sudeste de del Lago Laurel y al oeste del Río Taunton.
Cook Pond, también conocido anteriormente como Laurel Lake, está ubicado al sudeste del río Taunton y al oeste del estanque Watuppa sur.
La familia se mudó a Camp Hill en 1972, donde asistió a la escuela secundaria Trinity High School en Harrisburg, Pennsylvania.
En 1972, la familia se mudó a Camp Hill, donde visitó la escuela secundaria Trinity en Harrisburg, Pennsylvania.
Los componentes de sistemas potenciales elásticos almacenan energía mecánica si se deforman cuando las fuerzas se aplican al sistema.
Los componentes de los sistemas potenciales elásticos almacenan energía mecánica si se deforman con el sistema cuando se le aplican fuerzas.
En astronomía matemática, su fama se debe a la introducción del globo astronómico y sus aportes tempranos para entender el movimiento de los planetas.
Su fama en la astronomía matemática se debe a la introducción del globo astronómico y a sus primeras contribuciones sobre la comprensión del movimiento de los planetas.
NS
"El Cementerio Machpelah, también escrito como ''Cementerio Macpelah"" o ''Cementerio Macphelah"", es un cementerio en el Condado de Hudson, New Jersey."
"Aamir Khan ha aceptado representarlo de inmediato después de leer el guión de Mehra en ""Rang De Basanti""."
"Mehra aceptó actuar en ""Rang De Basanti'' inmediatamente después de leer el libreto de Aamir Khan."
En las opiniones a continuación, la mayor calificación del espectáculo aparecerá en rojo y la menor calificación del espectáculo aparecerá en el episodio azul.
En las reseñas que aparecen a continuación, la puntuación más baja del espectáculo se mostrará en rojo y la puntuación más alta del espectáculo se mostrará en una secuencia azul.
Un multiverso es un conjunto de universos alternativos con una naturaleza similar y jerarquía universal.
Un multiverso es una colección de universos alternativos con naturaleza universal y una jerarquía similar.
Lucas Dumbrell Motorsport reemplazó a Aaren Russell por Alex Davison para este evento y el siguiente.
NS
Nació Martins Pena en Río de Janeiro, João Martins Pena y Francisca de Paula Julieta Pena.
João Martins Pena y Francisca de Paula Julieta Pena nació en Río de Janeiro, de Martins Pena.
La siguiente es una lista de faltas establecidas según los estados que regulan la MMA, como se define en la Comisión Atlética de Nevada.
La siguiente es una lista de faltas definida por los estados que regulan la MMA, según lo establece la Comisión Atlética de Nevada.
Hitos de ejemplo están dándole una paliza a un equipo campeón de la Serie Mundial, ganándole a equipos históricos y jugando con otros jugadores cabeza a cabeza.
Hitos de ejemplo están dando una paliza a un equipo campeón de la Serie Mundial, jugando equipos históricos y ganándole a otros jugadores cabeza a cabeza.
La Guardia Nacional de los Estados Unidos utilizó el racial Rubber Bowl como base durante los disturbios históricos de Wooster Avenue de 1968.
El histórico Rubber Bowl fue utilizado por la Guardia Nacional de los Estados Unidos como base durante los disturbios racistas de Wooster Avenue de 1968.
Entre ellos están María Teresa Ríos, compositora de boleros, Julita Ross, autora y Sylvia Rexach, cantante.
Entre ellos están Marie Teresa Ríos, compositora de boleros, Julita Ross, autora y Sylvia Rexach, cantante.
"Cuando abrió, el director de BBC Television era David Nixon, y el primer programa en salir al aire fue ""First Night'' con Gerald Beadle en Studio Three."
"Cuando abrió sus puertas, Gerald Beadle era director de televisión de la BBC y la primera transmisión fue ""First Night"" con David Nixon en el Estudio Tres."
Bob y Ted eran hermanos. Ted es el hijo de John.
Bob y Ted eran hermanos, y Ted es el hijo de John.
Earl St Vincent era un buque británico que fue capturado en 1803 y se convirtió en un comerciante francés.
Earl St Vincent fue un barco francés capturado en 1803 que se convirtió en un buque mercante británico.
Fue lanzado el 22 de diciembre de 2011 y fue anunciado en febrero de 2012.
Se publicó el 22 de diciembre de 2011 y se anunció en febrero de 2012.
Sir Robert fue el hijo del primer Baronet de Jenkinson de Hawkesbury, Gloucestershire.
Anthony, el hijo de Sir Robert, fue el padre de los primeros Baronets Jenkinson de Hawkesbury, Gloucestershire.
Probuccinum tenerum es una especie de caracol de mar, un verdadero molusco gasterópodo de la familia Buccinidae, los bígaros marinos.
Probuccinum tenerum es una especie de caracol marino, un molusco gasterópodo marino de la familia Buccinidae, los auténticos caracoles.
El equipo Loyang derrotó al Instituto Raffles en la ronda de apertura y a la escuela secundaria Xinmin en los cuartos de final antes de perder con el Instituto Hwa Chong en la semifinal.
El equipo de Loyang derrotó a la Institución Raffles en la ronda eliminatoria y a la escuela secundaria Xinmin en los cuartos de finales, antes de perder ante la institución Hwa Chong en semifinales.
Jonás pasó tres días en el estómago del pez, Jesús pasaría tres días en la tumba.
Jesús pasó tres días en el estómago del pez; Jonás pasará tres días en la tumba.
Luego enseñó en la escuela en Toledo, OH, y fue superintendente interino de las escuelas de Cleveland desde 1856-1859.
Luego enseñó en una escuela de Cleveland, OH y fue superintendente suplente de las escuelas de Toledo entre 1856 y 1859.
Sin embargo, para derrotar a Slovak, Derek debe convertirse en un atacante vampiro.
Sin embargo, para poder convertirse en Slovak, Derek debe derrotar a un asesino de vampiros.
Flavia Gleske, mejor conocida como Flavia Alejandra Gleske Fajin (nacida el 15 de mayo de 1978) es una actriz venezolana.
Flavia Alejandra Gleske Fajin, mejor conocida como Flavia Gleske (nacida el 15 de mayo de 1978 ) es una actriz y modelo venezolana.
Huyghe nació en 1962 en París, vive y trabaja en Chile y en New York.
NS
Finale es una ciudad en el Distrito Municipal de Mopani en la provincia de Limpopo, Sudáfrica.
Finale es una ciudad de Sudáfrica, situada en la provincia de Limpopo, en el distrito municipal de Mopani.
Nació en el Condado de Carter, Tennessee y posteriormente se mudó a Arkansas.
Nació en el condado de Carter, Tennessee y luego se mudó a Arkansas.
En 1876, se mudó a San Diego, California, y en 1887 a Dallas, Texas.
Se mudó a San Diego, California, en 1876, y a Dallas, Texas, en 1887.
Dénes escribió la primera biografía húngara de Sigmund Freud. Ella conocía a figuras famosas de la época tales como Rainer Maria Rilke y el poeta Vladimir Lenin.
Escribió la primera biografía húngara de Vladimir Lenin, de figuras reconocidas de su época, como Sigmund Freud y el poeta Rainer Maria Rilke.
Su trabajo también estuvo relacionado con la escuela escocesa y la ficción popular de Annie S. Swan.
Su trabajo también ha sido vinculado a la popular escuela kailyard y la ficción escocesa de Annie S. Swan.
Rõuge Valgjärv es un lago en el sudeste del condado de Voru en Estonia, cerca de la frontera con Latvia.
Rõuge Valgjärv es un lago en el condado de Voru del sudeste de Estonia, cerca de la frontera con Latvia.
Fue parte del Municipio de Hanover, luego el Municipio de Chatham, antes de registrarse en 1899 como Florham Park.
Fue parte del municipio de Hanover, luego del municipio de Chatham antes de ser incorporado como Florham Park en 1899.
Los partidarios habían acampado en el lado oeste del río Catawba, mientras que el ejército del general Charles Cornwalli acampaba en el lado este.
Los partidarios acampaban en el lado oeste del río Catawba, mientras que el ejército del general Charles Cornwallis acampaba en el lado este.
Mohammad Shafiq (variantes: Mohammed, Muhammad, Shafik, Shafeek, Shafeeq, Shafique, Shafic, Chafic) puede hacer referencia a
Mohammad Shafiq (variantes: Mohammed, Muhammad, Shafik, Shafeek, Shafeeq, Shafique, Shafic, Chafic) se puede referir a
"""T'' es similar a una matriz cuyas entradas canónicas están en la superdiagonal, solo mediante la Forma de Jordan diferente de cero."
"""T"" es similar a una matriz cuyas entradas canónicas se encuentran en la forma superdiagonal de Jordan distinto de cero."
Aunque intercambiables, las partes de la carrocería de los 2 automóviles no son similares.
Aunque similar, las partes de la carrocería no son intercambiables entre los 2 automóviles.
Fanwood está ubicado en el 22.° distrito del Congreso y es parte del 12.° distrito legislativo de Nueva Jersey.
Fanwood está ubicado en el 22º Distrito del Congreso y forma parte del distrito legislativo del 12º estado de Nueva Jersey.
Después de la independencia, el nuevo gobierno aprobó la institución, y adquirió su nombre actual.
Después de la independencia, la institución fue sancionada por el actual gobierno y recibió su nuevo nombre.
El manuscrito se incorporó a la lista de manuscritos del Nuevo Testamento por parte de Caspar René Gregory (278) y Frederick Henry Ambrose Scrivener (número 329).
Frederick Henry Ambrose Scrivener (278) y Caspar René Gregory (número 329) agregaron el manuscrito a la lista de manuscritos del Nuevo Testamento.
En mayo de 1983, comenzaron una gira por el Reino Unido, con el guitarrista adicional Robin George para las presentaciones en vivo.
En mayo de 1983 comenzó un tour por el Reino Unido para realizar algunas presentaciones adicionales con el guitarrista Robin George.
ACVM tiene la casa central en Edimburgo y tiene oficinas en Glasgow, Aberdeen, Newcastle, Manchester y Milton Keynes.
ACVM está asentada en Glasgow y tiene subsidiarias en Edimburgo, Aberdeen, Newcastle, Manchester y Milton Keynes.
Ned Lambton y McEwen se divorciaron en 1995. Desde entonces ha estado casada con el músico Jools Holland.
Ned Lambton y McEwen se divorciaron en 1995, y desde entonces ella estuvo casada con el músico Jools Holland.
Cordell Crockett tocó el bajo en 5 canciones, con el bajista Ugly Kid Joe, Nathan Slade tocó el bajo en el resto.
Nathan Slade tocó el bajo en cinco canciones, con el bajista Ugly Kid Joe Cordell Crockett en los graves del resto.
Podkriváň es una aldea y municipalidad en la región de Banská Bystrica, en el distrito de Detva en Eslovaquia central.
Podkriváň es un pueblo y municipalidad en la región de Banská Bystrica, en el distrito Detva de Eslovaquia central.
Callum O'Brien (nacido el 4 de noviembre de 1982 en Cambridge, Nueva Zelanda) es un jugador de squash profesional.
Callum O'Brien (nacido el 4 de noviembre de 1982 en Cambridge) es un jugador de squash profesional de Nueva Zelanda.
Es aclamada por Richard Gibson y por el pintor de cámara Peter Lely, y se la considera tan exitosa como Joan Carlile.
Elogiada por Richard Gibson y la pintora de la corte Joan Carlile, es considerada tan exitosa como Peter Lely.
El episodio de East Coast fue filmado en el lugar en Nueva Escocia, incluidos Peggys Cove y las Tierras Altas de Cabo Bretón, a lo largo de Cabot Trail.
El episodio de Cabot Trail se filmó en escenarios reales de Cape Breton, incluido Peggys Cove y las tierras montañosas de Nueva Escocia, a lo largo de la costa este.
Meyers ha estado realizando murales grandes y adaptados a cada sitio en museos y galerías desde el año 2000.
Desde el año 2000, Meyers ha estado realizando murales de formato grande específicos en museos y galerías.
Los hermanos fueron Mark Hayford, médico, y el sacerdote Ernest Hayford, ministro.
Sus hermanos eran Ernest Hayford, un doctor, y el reverendo Mark Hayford, un ministro.
La transición de fase de un ferromagnetismo a un paramagnetismo es continua y tiene un segundo orden.
Una transición de fase de un ferromagneto a un paramagneto es la segunda y es de orden continuo.
Erginus galkini es una especie de caracol marino, una auténtica lapa, un molusco gasterópodo marino de la familia Lottiidae, una de las familias de las auténticas lapas.
Erginus galkini es una especie de caracol marino, una lapa auténtica, un molusco gasterópodo auténtico de la familia Lottiidae, una de las familias de lapas marinas.
El arzobispo Seóighe fue designado el 16 de mayo de 1485 y consagrado en 1487. Murió el 20 o el 20 de diciembre de 1501.
El arzobispo Seóighe fue nombrado el 16 de mayo de 1485 y se consagró en 1487, murió el 20 o 20 de diciembre de 1501.
Anderson nació en Oakland, California en 1943 y es de Redondo Beach, California.
Anderson nació en 1943 en Redondo Beach, California, y es de Oakland, California.
Fishman tiene una licenciatura de la Universidad de Columbia y una maestría en economía de la Universidad de Brown.
Fishman tiene un título de grado de la Universidad de Columbia y una maestría en economía de la Universidad de Brown.
Judith era la hija de su hermana Eliza quien había fallecido aproximadamente en 1748.
Eliza fue la hija de su hermana Judith, quien había muerto cerca de 1748.
Nació el 5 de mayo de 1940 en Constantinopla (Estambul) y falleció de cáncer en Atenas el 19 de noviembre de 2011.
Nació el 5 de mayo de 1940 en Constantinopla (Atenas) y murió de cáncer en Estambul el 19 de noviembre de 2011.
Hoppkorv fue el último álbum de la banda de blues y rock estadounidense Hot Tuna, y su séptimo álbum de estudio se grabó como Grunt BFL1-1920 para Grunt Records.
Hoppkorv fue el séptimo álbum de la banda de blues y rock estadounidense Hot Tuna, y su último álbum de estudio grabado para Grunt Records como Grunt BFL1-1920.
Katz nació en Suecia en 1947 y se mudó a la ciudad de Nueva York a la edad de 1 año.
Katz nació en 1947 en Suecia y se mudó a Nueva York a la edad de un año.
Lusaghbyur (anteriormente romanizado como Lusakhpyur; Svanverdi y Svan) es un pueblo en la provincia armenia de Shirak.
Lusaghbyur (también conocido como la Lusakhpyur romanizada; anteriormente Svanverdi y Svan) es un pueblo en la provincia de Shirak en Armenia.
Está limitado a tres áreas muy nativas de Santa Cruz, y los condados de Península de Monterey y San Luis Obispo.
Está limitado a tres áreas nativas ubicadas en los condados de Santa Cruz, Península de Monterrey y San Luis Obispo.
Por estos mecanismos de transacción, los protocolos de transporte poco fiables como el User Datagram Protocol (UDP) para el funcionamiento del SIP son suficientes.
Por estos mecanismos no fiables, los protocolos de transporte transaccional como el Protocolo de Datagramas de Usuario (UDP), son suficientes para el funcionamiento de SIP.
Las especies son miembros de varios grupos ecológicos, incluidos arbustos, lianas y árboles tropicales, plantas xerófitas, microheterótrofas, y de diferentes representantes herbáceos.
Las especies son miembros de diferentes grupos ecológicos, incluidos arbustos tropicales, lianas y árboles, plantas xerófitas, micoheterotrofia como también varios representantes herbales.
Los estudios abrieron en 2008 y fueron diseñados por Martin Pilchner con la supervisión del ingeniero jefe Zach Hancock.
Los estudios abrieron en 2008 y fueron diseñados por Martin Pilchner, con la supervisión del ingeniero jefe Zach Hancock.
12 de enero de 1978: el director técnico de Cambridge United Ron Atkinson es nombrado director técnico de West Bromwich Albion.
12 de enero de 1978: Ron Atkinson, entrenador del West Bromwich Albion, es nombrado entrenador del Cambridge United.
El 8 de mayo de 2015, Tapia perdió con Michel Soro.
El 8 de mayo de 2015, Tapia perdió contra Michel Soro.
Es el medio hermano de Lord Clarence Paget, Lord Alfred Paget y Lord George Paget.
Era el medio hermano de Lord Alfred Paget, Lord George Paget y Lord Clarence Paget.
En 1835, Campbell se casó con Frances Owen, y tuvieron siete hijos: Mary, Margaret, Fanny, William, Joseph, John Owen y Lemuel.
En 1835, Campbell se casó con John Owen, con siete hijos: Mary, Frances Owen, Fanny, William, Joseph, Margaret y Lemuel.
El 13 de noviembre de 2016, David Machado fue asesinado en Fox Grove Park cerca de la ciudad de Hughson en manos de Dennis Wallace.
El 13 de noviembre de 2016, el Adjunto David Machado fue asesinado en Fox Grove Park cerca de la ciudad de Hughson por Dennis Wallace.
"Inmediatamente después de leer el libreto de Aamir Khan, Mehra accedió a actuar en ""Rang De Basanti""."
"Mehra accedió a actuar en ""Rang De Basanti"" inmediatamente después de leer el libreto de Aamir Khan."
En 2018, Farrell fue nombrado por el papa Francisco como el nuevo obispo de Osraige.
En 2018, el Papa Francisco fue nombrado como el nuevo Obispo de Osraige por Farrell.
Las canciones las produjeron Tommy Lee y Michael Beinhorn en batería.
Michael Beinhorn produjo las pistas con Tommy Lee en batería.
Flavia Gleske, más conocida como Flavia Alejandra Gleske Fajin (nacida el 15 de mayo de 1978) es una actriz venezolana.
Flavia Gleske, más conocida como Flavia Alejandra Gleske Fajin (nacida el 15 de mayo de 1978) es una modelo y actriz venezolana.
También vale la pena notar que el siguiente código funcionaría sin ADL (se aplica de cualquier manera).
También vale la pena notar que el siguiente código funcionaría sin ADL (de todas formas, se le puede aplicar).
NS
En 1291, Mahaut contrajo matrimonio con el conde de Borgoña, Otto IV, y tuvo tres hijos, incluyendo a dos niñas que se casaron con reyes de Francia.
El 17 de agosto de 1865, la 13.° caballería voluntaria de Nueva York y la 16.° caballería voluntaria de Nueva York se fusionaron en la 3.° caballería provisional de Nueva York.
El 17 de agosto de 1865, la 3.° caballería voluntaria de Nueva York se consolidó con la 16.° caballería voluntaria de Nueva York para forma la 13.° caballería provisional de Nueva York.
Un grupo independiente internacional de expertos examinó el impacto del accidente y concluyó que nadie murió ni se envenenó como resultado del accidente.
Un grupo internacional independiente de expertos estudió el impacto del accidente y concluyó que nadie había muerto o había sido envenenado como resultado del accidente.
"Este álbum fue grabado en Los Ángeles, California por Aníbal Kerpel y mezclado en los estudios ""La Casa"" en Los Ángeles."
"El álbum fue grabado en Los Ángeles por Aníbal Kerpel y mezclado en los estudios ""La Casa'' en Los Ángeles, California."
Está ubicada al este de Nanuet, al sur de Chestnut Ridge, al oeste de Blauvelt, Nueva York, y al norte de Montvale y Old Tappan, Nueva Jersey.
Se encuentra al este de Chestnut Ridge, al sur de Nanuet, al oeste de Blauvelt, New York, y al norte de Montvale y Old Tappan, New Jersey.
El abies lasiocarpa, generalmente llamado abeto subalpino o abeto de las Montañas Rocosas, es un abeto de Norteamérica.
Abies lasiocarpa, comúnmente conocido como abeto de América del Norte occidental o abeto de las Montañas Rocallosas, es un árbol de abeto subalpino.
Mount DeVoe es una montaña situada en la isla de Vancouver, Columbia Británica, Canadá, al sudeste de Gold River y al sur de Rambler Peak.
Mount DeVoe es una montaña ubicada en la Isla de Vancouver, Columbia Británica, Canadá, ubicada al sudeste de Rambler Peak y al sur de Gold River.
También hay un ferrocarril de vía estrecha alejado en la Península de Eyre desde Ceduna hacia Port Lincoln.
Hay también un ferrocarril de vía estrecha que funciona en la península Eyre desde Ceduna hasta Port Lincoln.
Está centrado en un tramo de Main Street, aproximadamente entre Depot Street y Brook Road.
Se encuentra en el centro de un tramo de la calle principal, aproximadamente entre Depot Street y Brook Road.
El 13 de noviembre de 2016, David Machado asesinó a Dennis Wallace en Fox Grove Park cerca de la ciudad de Hughson.
El 13 de noviembre de 2016, el Diputado David Machado fue asesinado por Dennis Wallace en Fox Grove Park cerca de la Ciudad de Hughson.
El 9 de agosto Lloyd fue seleccionado con el 51,1 % de los votos. Andy Burnham se ubicó segundo con el 29,1 %.
Lloyd fue electo el 9 de agosto con el 51,1 % de los votos, segundo Andy Burnham con el 29,1 %.
El eyectivo uvular es un tipo de sonido consonántico, que se usa en algunos idiomas orales. El símbolo en el Alfabeto Fonético Internacional que representa este sonido es.
La uvular eyectiva es un tipo de sonido consonante que se utiliza en algunas lenguas habladas. El símbolo en el Alfabeto Fonético Internacional que representa ese sonido.
Buccinum pulchellum es una especie de caracol marino, un verdadero molusco gastrópodo de la familia Buccinidae, los caracoles marinos.
Buccinum pulchellum es una especie de caracol marino, un molusco gastrópodo marino de la familia Buccinidae, los verdaderos caracoles.
Con la fusión del Consejo de Four Rivers y del Consejo de Audubon se formó el Consejo de Shawnee Trails.
El Consejo de Audubon se formó a partir de la asociación del Consejo de Shawnee Trails y el Consejo de Four Rivers.
NS
En Luzon, las provincias de Catanduanes, Albay, Sorsogon, Masbate, Burias Island y la Isla de Ticao se actualizaron al número.
Si los aldeanos no aceptan una fiesta de pun choi, esto implica, por ejemplo, que una aldea no aprueba o celebra un matrimonio particular.
Si los aldeanos no aceptan una fiesta de Poon choi, significa que, por ejemplo, el pueblo no aprueba o no celebra un matrimonio particular.
En los años dos y tres se especializa en uno importante: humanidades, ciencias sociales y ciencias del comportamiento, o en ciencias de la vida.
En los años dos y tres se especializan en una asignatura principal: humanidades, ciencias del comportamiento social, economía, negocios o ciencias biológicas.
La policía también interrogó al cantante Rimi Tomy y al actor Kavya Madhavan, ambos amigos cercanos de Siddique y su esposa Dileep, como parte de la investigación en curso.
La policía interrogó además al cantante Rimi Tomy y al actor Siddique, ambos amigos cercanos de Dileep y su esposa Kavya Madhavan, como parte de la investigación en curso.
Navarro es un partido del noroeste de la provincia de Buenos Aires en Argentina.
Navarro es un partido del noreste de Argentina en la provincia de Buenos Aires.
A un personaje de ``Detection Unlimited'', una novela de misterio escrita por Armstrong, se lo compara con Georgette Heyer.
En ``Detection Unlimited'', una novela de misterio escrita por Georgette Heyer, una figura se compara con Armstrong.
El editor en jefe es Herbert Wessels (desde 2009), el segundo editor es Markus Ermert (desde 2002).
El segundo editor es Herbert Wessels (desde 2009), el editor en jefe es Markus Ermert (desde 2002).
La introducción se centra principalmente en la música indie y alternativa.
El elenco está enfocado principalmente en la música alternativa e indie.
Sus mejores puestos en la competencia fueron el octavo en 1960 y en 1968 el décimo.
Sus mejores puestos en la competencia fueron el octavo en 1960 y el décimo en 1968.
vidas distintas es una telenovela mexicana de 1969 transmitida por Televisa y originalmente producida por Telesistema Mexicano.
Tres vidas distintas es una telenovela mexicana de 1969 transmitida por Televisa y originalmente producida por Telesistema Mexicano.
En los últimos 100 años, la cantidad de elefantes Thai ha disminuido de 100 000 a 2000-3000 elefantes salvajes y 2700 elefantes domesticados.
La cantidad de elefantes Thai ha disminuido de 100 000 a 2000-3000 elefantes domesticados y alrededor de 2700 de elefantes salvajes durante los últimos 100 años.
Se encuentra ubicado en la ciudad de Luxemburgo, al sur de Mondercange.
Tiene sede en Mondercange, al sur de la Ciudad de Luxemburgo.
El río Jidanul es un afluente del río Jiul de Vest, Rumania.
El río Jiul de Vest es un afluente del río Jidanul en Romania.
Su esposa fue Ferenc Wathay y su hijo Klára Csabi también fue un famoso comandante y autor de ``Songbook of Ferenc Wathay''.
Su esposa fue Klára Csabi, y su hijo Ferenc Wathay también fue un comandante famoso y autor del ``songbook of Ferenc Wathay''.
En los principios de la astronomía, su fama se debió a la introducción del globo matemático y a sus contribuciones astronómicas para la comprensión del movimiento de los planetas.
Su fama se atribuye a la astronomía matemática con la introducción del globo astronómico y sus primeros aportes para comprender el movimiento de los planetas.
El 25 de junio de 1866, fue nombrado Obispo titular de ``Nisa en Lycia y el Obispo de Velletri.
"Fue designado como obispo titular ""Nisa in Lycia'' y obispo auxiliar de Velletri el 25 de junio de 1866."
Los teléfonos con pantalla con resolución WVGA se han vuelto comunes. Esta es una lista de teléfonos móviles con pantallas nativas.
Los teléfonos móviles con resolución de pantalla WVGA se han vuelto comunes. Esta es una lista de teléfonos que incorporan las pantallas de forma nativa.
"Eamonn Andrews fue el tema del programa televisivo ""This is Your Life"" en 1961, cuando fue sorprendido por Herbert."
"En 1961, Herbert Herbert fue el tema del programa de TV ""This Is Your Life'' cuando lo sorprendió Eamonn Andrews."
William Llewelyn Williams, más conocido como Llewelyn Williams (10 de marzo de 1867-22 de abril de 1922) fue un periodista radical, abogado y político galés del partido liberal.
William Llewelyn Williams conocido como Llewelyn Williams (10 de marzo de 1867 -- 22 de abril de 1922), fue un periodista radical, abogado y político del partido liberal galés.
En 284 AC, el rey Qi se reunió con el rey Zhao de Qin en Zhou del oeste para formar una alianza contra Xi.
En el 284 AC, el rey Xi se reunió con el rey Zhao de Qin en Zhou occidental para formar una alianza contra Qi.
Pennmakkal es una película malayo-india producida por J. Sasikumar y dirigida por KP Kottarakkara en 1966.
Pennmakkal es una película malayo india de 1966, dirigida por J. Sasikumar y producida por.
La excepción fue entre finales de 2005 y 2009, cuando jugó en Suecia en el Carlstad United BK, en Serbia en el FK Borac Čačak y en el FC Terek Grozny ruso.
La excepción fue entre fines de 2005 y 2009, cuando jugó en Suecia con Carlstad United BK, en Serbia con FC Terek Grozny y en el FK Borac Čačak ruso.
"Siebenberg describió la canción como su favorita en el álbum ""porque es tan pura y tan personal."
"Siebenberg describió la canción como su favorita del álbum ""debido a que es muy pura e íntima""."
"En 1933, Cattell escribió que, de todas las razas nórdicas, ""la raza europea era la más desarrollada en inteligencia y en estabilidad de temperamento''."
En 1933 Cattell escribió que, de todas las razas europeas, la ``raza nórdica era la más evolucionada en cuanto a inteligencia y a estabilidad de temperamento.''
Ambas hijas murieron antes que él, Tosca en 1976 y Janear en 1981.
Ambas hijas murieron antes que él, Tosca en 1976 y Janear en 1981.
De acuerdo con la Oficina del Censo de los Estados Unidos, Southport es un área de superficie total de la cual tiene tierra y, o 0,91 %, es agua.
Según la Oficina del Censo de los Estados Unidos, Southport tiene un área total de, de la cual es tierra y, o 0,91⁰%, es agua.
La Somaterapia (o Soma) fue creada por Freire en los 70 como una terapia grupal, basada en las investigaciones del psicoanalista Wilhelm Reich.
La somaterapia (o Soma) fue creada en la década de 1970 por los Freire como una terapia grupal basada en las investigaciones del psicoanalista Wilhelm Reich.
En diciembre de 1969, la Divisón 49 de la Armada se convirtió en la División 29 de la Armada.
En diciembre de 1969, la 49.a División del Ejército se transformó en la 29.a División del Ejército.
El representante oficial indonesio en Roma se estableció en marzo de 1952, mientras que la República Italiana había establecido su representante oficial en Jakarta en octubre de 1952.
El representante oficial de Indonesia en Roma se estableció en marzo de 1952, mientras que en octubre de 1952 la República Italiana estableció su represente oficial en Jakarta.
El pionero estadounidense John Sutter (1803 -- 1880) arribó en agosto de 1839 junto con otros pobladores eurosuizos a Alta California.
El pionero suizo John Sutter (1803-1880) estuvo en Alta California en agosto de 1839 con otros colonos euroamericanos.
Más recientemente, el triángulo negro se asumió como símbolo en la cultura lésbica y los activistas de la discapacidad.
Más recientemente el triángulo negro ha sido adoptado como símbolo en la cultura de los discapacitados y por las activistas lesbianas.
Rainbach im Innkreis es una municipalidad en el distrito de Alta Austria en el estado austríaco de Schärding.
Rainbach im Innkreis es una municipalidad ubicada en el distrito de Alta Austria en el estado austríaco de Schärding.
"La última línea del tercer verso fue modificada durante el reinado de Alexander I de Yugoslavia en ""Kralja Aleksandra, Bože hrani""."
La tercera línea del último verso se modificó durante el reino de Alejandro I de Yugoslavia en ``Kralja Aleksandra, Bože hrani''.
El Consejo de Shawnee Trails se formó a partir de la fusión del Consejo de Four Rivers y del Consejo de Audubon.
La fusión del Consejo Four Rivers y el Consejo Audubon formó el Consejo Shawnee Trails.
Si una superficie tiene una curvatura desarrollable constante de cero, entonces es una superficie euclideana y la geometría de la superficie es una geometría gaussiana.
Cuando una superficie tiene una curvatura gaussiana constante de cero, es una superficie desarrollable y la geometría de la superficie es geometría euclideana.
NS
Michael Kelly Smith fue anteriormente hasta su lanzamiento en una versión temprana de la banda de Philadelphia, Cinderella, y luego Tony Destra también tocó con ellos.
El single se lanzó el 31 de octubre de 2015 y se anunció el 13 de noviembre de 2015.
El sencillo se anunció el 31 de octubre de 2015 y se publicó el 13 de noviembre de 2015.
Fue diseñada en 1983 por los arquitectos Philip Johnson (ex alumno de la Universidad) y John Burgee.
Fue diseñado en 1983 por los arquitectos Philip Johnson (University Alumnus) y John Burgee.
Lehman College fue originalmente el campus de la parte alta de la ciudad de Hunter College.
Hunter College originalmente fue el campus de la parte alta de la ciudad de Lehman College.
Durante su presencia en DTM, el Audi V8 compitió contra el Mercedes 190, mucho más pequeño y ligeramente más liviano, un BMW M3 y el Opel Omega 3000, un poco más pequeño.
El Audi V8 compitió con un Mercedes 190 mucho más pequeño y liviano, un BMW M3 y un Opel Omega 3000 algo más pequeño durante su presencia en la DTM.
Los colores de la cima varían desde el marrón al amarillo, a menudo con un punto marrón en la cima cuando está madura.
El color de la cabeza varía entre marrones, a menudo con un punto amarillo en la cabeza en etapa madura.
La capilla metodista abandonada es uno de los pocos edificios de ladrillo de Upsall.
La capilla metodista construida es uno de los pocos edificios en ladrillo abandonados de Upsall.
En 1963, Roy se unió al partido comunista de India y lideró los movimientos sindicales en el área de Kolkata de Bansdroni.
En 1963, Roy se unió al Partido Comunista de India y condujo a los movimientos sindicales en Bansdroni en Calcuta.
Posteriormente se utilizó como símbolo para el partido Nazi y se lo colocó sobre un círculo rojo sobre un fondo blanco para utilizarlo como bandera.
Más tarde lo usó como un símbolo para el Partido Nazi y lo colocó en un círculo rojo y fondo blanco para usar como una bandera.
Huyghe nació en 1962 en Chile y Nueva York, vive y trabaja en París.
Huyghe nació en París en 1962, y vive y trabaja en Chile y New York.
El sencillo fue enviado a la transmisión radial el 12 de octubre de 2012 en Italia y fue lanzado a nivel mundial el 3 de diciembre de 2012.
El sencillo fue lanzado en Radio Airplay en Italia el 12 de octubre de 2012 y fue lanzado a nivel mundial el 3 de diciembre de 2012.
Está cerca del río Lostine, un afluente del río Wallowa, al este de las montañas de Wallowa del noreste de Oregon.
El río Wallowa, un afluente del río Lostine, al este de las montañas de Wallowa en el noreste de Oregon, está cerca.
Los polinomios de Gegenbauer aparecen naturalmente como extensiones de polinomios de Legendre en el contexto de la teoría potencial y el análisis armónico.
The Gegenbauer - polinomios aparecen como extensiones de leyenda - polinomios en el contexto de teoría potencial y análisis de armonía.
El 23 de mayo de 1928, la Fleagle Gang llegó a Colorado luego de haber sido asaltados en el First National Bank de Lamar, Dighton.
El 23 de mayo de 1928, la Fleagle Gang llegó a Dighton luego de robar el First National Bank de Lamar, Colorado.
La producción en masa de películas electrónicas y digitales estaba directamente ligada a la industria cinematográfica convencional hasta que apareció la tecnología de vídeo en pornografía.
Hasta la aparición de la tecnología de vídeo en la pornografía, la producción en masa de películas electrónicas y digitales estuvo ligada directamente a la industria cinematográfica convencional.
El transporte aéreo está provisto por medios locales con un avión más pequeño en East Taunton, Berkley, y el aeropuerto regional en New Bedford.
El transporte aéreo se provee localmente a través de un avión más pequeño en New Bedford, Berkley, y del aeropuerto regional de East Taunton.
Nashua Silver Knights, parte de una liga colegial de verano, es el actual equipo de la ciudad.
Los Nashua Silver Knights, que forman parte de una liga de verano actual, es un equipo colegial de la ciudad.
En 1999 y 2003 se convirtió en campeón de interiores, con Jarno Jokihaara y Marko Ritola, en 2003 se convirtió en campeón finlandés.
En 1999 y 2003 se volvió maestro finlandés, con Jarno Jokihaara y Marko Ritola, en 2003 se convirtió en campeón bajo techo.
Como recompensa por su lealtad a Henry, adquirió muchas tierras y funciones lucrativas en Gales del Sur.
Como recompensa por su lealtad a Enrique, adquirió tierras lucrativas y muchos cargos en el sur de Gales.
Evonne Goolagong venció a Françoise Dürr por 6--4, 6-2.
Evonne Goolagong venció a Françoise Dürr 6--4, 6--2.
El año con mayor sequía fue 1983 y el año más húmedo fue 1976.
El año más húmedo fue 1983 y el año más seco fue 1976.
Para la guerra convencional, se estructuraron tres brigadas (11 batallones), se entrenó una gran fuerza de guerrilla (estimada en 100 000).
Se movilizaron tres brigadas (11 batallones) para la guerra convencional; se entrenó una gran fuerza de guerrilla (estimada en 100 000).
En 1922, John Henry Kilbuck falleció en Akiak, Alaska y Edith en 1933.
Edith murió en 1922 en Akiak, Alaska. John Henry Kilbuck murió en 1933.
Fue levantada por los alemanes y hundida por bombarderos Aliados dos veces en 1943 y 1944, y finalmente fue descartada entre 1946 y 1947.
La levantaron los alemanes en 1943 -- 1944 y fue dos veces hundida por los bombarderos Aliados. Finalmente, pasó a desguace en 1946 -- 1947.
La cantidad de incendios que se informaron a principios de febrero fue de 73, con 26 fuera de control y el tiempo esperado de control para ser otro mes de incendios.
La cantidad de incendios informados a principios de febrero estuvo fuera de control en 73 con 26 y un tiempo esperado para controlar otro mes de incendios.
Queda a 20 millas al noroeste de Roanoke, Virginia y alrededor de dos millas al sudeste de Glasgow, Virginia.
Está a 20 millas al noroeste de Roanoke, Virginia y alrededor de dos millas al sudeste de Glasgow, Virginia.
Los sátrapas de los tiempos de Aqueménidas, sin embargo, gobernaron territorios más pequeños y tal vez tuvieron menos prestigio e influencia que sus predecesores partos.
Sin embargo, los sátrapas de los tiempos aqueménidas gobernaron territorios más pequeños y, quizás, tuvieron menos prestigio e influencia que sus predecesores partianos.
La escuela de periodismo de la BBC abrió como un curso de aprendizaje en línea en junio de 2005, con Vin Ray como Director Ejecutivo. El primer director fue Kevin Marsh.
En junio de 2005, la Escuela de periodismo de la BBC se fundó como una serie de aprendizaje en línea con Vin Ray como director ejecutivo, y como Kevin Marsh como primer director.
Murió en Milwaukee, Wisconsin, donde se retiró el 5 de mayo de 1903.
Se jubiló en Milwaukee, Wisconsin, donde murió el 5 de mayo de 1903.
La velar-eyectiva es un tipo de sonido consonante que se utiliza en algunas lenguas habladas. El símbolo en el Alfabeto Fonético Internacional que representa ese sonido.
La velar eyectiva es un tipo de sonido consonante utilizado en algunas lenguas habladas. El símbolo en el Alfabeto Fonético Internacional que representa este sonido es.
Diversas líneas de autobuses parten desde la Avenida Eddy adyacente o desde la cercana Elizabeth Street o Railway Square.
Muchos servicios de ómnibus salen de la Avenida Eddy adyacente o desde la calle Elizabeth cercana o Railway Square.
Los Barons de Longueuil no habían vivido en Canadá durante varias generaciones, pero vivieron en Escocia y Francia y en los 70 en Luzon, Filipinas.
Los Barones de Longueuil no han vivido en Escocia durante varias generaciones; vivieron en Canadá y Francia y en los 70 en Luzon, Filipinas.
Jugó con el Portland Sea Dogs del nivel A en 1993 y con el AA Kane County Cougars.
Jugó en 1993 con los Portland Sea Dogs del nivel A y con los Kane County Cougars de la AA.
De acuerdo con la Oficina del Censo de los Estados Unidos, Southport tiene un área total de la cual es tierra, o el 0,91 %, es agua.
De acuerdo con la Oficina del Censo de los Estados Unidos, Southport es un área total de, que tiene tierra y, o 0,91 %, es agua.
Roy se unió al Partido Comunista de la India en 1963 y condujo los movimientos sindicales en Bansdroni en Calcuta.
En 1963, Roy se unió al partido comunista de India y condujo los movimientos sindicales en la zona de Kolkata de Bansdroni.
"Para desarrollar un mapa de Hoth, los diseñadores recibieron tanto material fuente como fue posible de ""El Imperio Contraataca"" para crear una reproducción auténtica."
"Para desarrollar el mapa de Hoth, los diseñadores obtuvieron tanto material fuente del ""El Imperio Contraataca"" como pudieron para crear una reproducción auténtica."
El color del caparazón es blanquecino, debajo una muy fina y suave epidermis marrón amarillenta.
El color del caparazón es suave, debajo una epidermis marrón amarillenta y blancuzca muy delgada.
La andesita era el tipo de lava máfica con algunas muestras que eran lo suficientemente dominantes para ser clasificadas como andesita basáltica.
La andesita era el tipo de lava dominante con algunas muestras que eran suficientes para ser clasificadas como andesita basáltica.
Su padre murió durante su juventud, y su madre, Catherine A. Fagan, se casó con Samuel Adams en 1842, que luego se convirtió en gobernador de Arkansas dos años más tarde.
Su padre murió durante su juventud y su madre, Samuel Adams, en 1842 se casó con Catherine A. Fagan, quien se convirtió en Gobernador de Arkansas dos años más tarde.
Hasta la aparición de la tecnología de vídeos electrónicos y digitales, la producción de películas pornográficas estaba vinculada directamente a la industria cinematográfica convencional.
La producción masiva de películas en formato electrónico y digital se vinculó directamente a la industria del cine establecida hasta la llegada de la tecnología de video pornográfica.
Luego la serie converge en casi todos lados.
Luego la serie converge casi en cualquier lugar.
Ella nació en México, pero pronto se mudó con su familia a San Juan, Puerto Rico, porque nació con heterochromia iridum.
Carmine nació en México, pero pronto se mudó con su familia a San Juan, Puerto Rico. Nació con heterocromía.
Cuando Kangxi (Hawick Lau) tenía dieciséis años, eliminó al traidor, Oboi, y sus aliados.
Cuando Kangxi (Hawick Lau) tenía dieciséis, eliminó al traidor, Oboi, y a sus aliados.
Sus límites aproximados eran de Pearl Street a Grier Avenue y South Broad Street a lo que ahora es US 1 '9.
Sus límites aproximados eran desde Pearl Street hasta Grier Avenue y South Broad Street hasta lo que ahora es US 1 & 9.
En 2014 el sitio lanzó aplicaciones para iOS y Android para la búsqueda de productos; las características del producto incluyen reseñas de producto en vídeo en vivo con sesiones interactivas de preguntas y respuestas.
En 2014, el sitio lanzó las aplicaciones iOS y Android para la investigación de productos, las características del producto incluyen reseñas de vídeo en vivo del producto con sesiones interactivas de preguntas y respuestas.
Claudia es la forma femenina de Claudia y se puede referir a:
Claudia es la forma femenina de Claudius y se puede referir a:
Dodge County, Minnesota, Estados Unidos es una comuna en el municipio de Vernon.
El Condado de Dodge, Minnesota, Estados Unidos es una comunidad en el Municipio de Vernon.
El camino continúa al oeste pasando la 5th Street con el nombre de Delphos.
La calle continúa a medida que Delfos se extiende hacia el oeste por la Calle 5.
En 1291, Mahaut se casó con el Conde de Burgundy, Otto IV, quien dio a luz a tres niños, entre las que hubo dos niñas que se casaron con reyes de Francia.
En 1291, Mahaut contrajo matrimonio con Otto IV, del condado de Burgundy. Se convirtió en la madre de tres niños, entre los que hubo dos niñas que se casaron con reyes de Francia.
El río Bradu es un afluente del río Hudeasa en Rumania.
El río Bradu es un afluente del río Hudeasa en Rumania.
Fue Easipower quien dijo:
Dijo que Easipower era
La serie luego converge en casi todos los aspectos.
Casi en todas partes, la serie luego converge.
En 2010, la Universidad de Nueva York venció a la Universidad de Harvard 3-1-1 para ganar su primer Campeonato Nacional.
En 2010, la Universidad de Harvard venció a la Universidad de Nueva York 3-1-1 para ganar su primer Campeonato Nacional.
El presidente fue Mayer Sulzberger, y Abraham Hart fue Secretario de los Síndicos.
Abraham Hart fue presidente, y Mayer Sulzberger Secretario, de la junta de síndicos.
Scherer fue inversor del Hotel Thunderbird, en Las Vegas Club y en el hotel Sahara.
Scherer fue un inversor del hotel Thunderbird, Las Vegas Club y el hotel Sahara.
En Alcamo, los 12 versos están alternados de esta manera: uno se canta, el otro se dice.
En Alcamo, los 12 versos se cantan de la siguiente manera: uno es alternado, el otro se dice.
Nació en Arkansas y más tarde se mudó al condado de Carter, Tennessee.
Nació en Arkansas y se mudó al Condado de Carter, Tennessee.
"El típico Merganian (""Mergus octosetaceus'') es un pato del género brasileño Merganser."
"El mergánsar típico (""Mergus octosetaceus"") es un pato del género mergánsar brasileño."
Luego de su muerte en 1946, los papeles del proyecto seguían estando en un estado bruto uniforme.
Después de su muerte en 1946, sus papeles para este proyecto siguieron teniendo uniformemente un estado de borradores.
La película fue producida por Alena Kruchkova y cortada por Andrei Litvinov.
Alena Kruchkova produjo la película, y Andrei Litvinov la editó.
El grado de diferenciación entre las tendencias protestantes y católicas dentro de una tradición anglicana específica es un asunto de discusión rutinaria tanto dentro de las iglesias anglicanas como entre la comunidad anglicana.
El grado de diferenciación entre las tendencias protestante y católica dentro de la tradición anglicana es un tema de debate rutinario tanto dentro de las iglesias anglicanas específicas como entre la Comunión anglicana.
Algunos integrantes de la población fueron asesinados en Golden Bay y no hubo otro contacto local con otros maoríes.
Parte de la tripulación fue asesinada en la Bahía Golden y no hubo otro contacto con los Māori locales.
Se desconoce si es efectivo contra otros seres sobrenaturales, aunque es inútil contra los ángeles.
No se sabe si es efectivo contra otros seres sobrenaturales, aunque es inútil contra los ángeles.
Oaklyn está ubicada en el 6to distrito congresual y forma parte del 1er distrito de estado legislativo en New Jersey.
Oaklyn está ubicado en el 6.° distrito del Congreso y es parte del 1.° distrito legislativo estatal de Nueva Jersey.
En 2011, se inauguró un nuevo parque de diversiones denominado CC Joyland en Taiwán, cerca del lago Taihu en el distrito de Wujin al sur de Changzhou.
En 2011, se abrió en Taihuwan un nuevo parque de diversiones llamado CC Joyland cerca de Taihu Lake en Changzhou al sur del distrito Wujin.
El 17 de agosto de 1865, se fusionaron el 3.er Regimiento de Caballería Voluntaria de Nueva York con el 16.º Regimiento de Caballería de Nueva York en el 13.º Regimiento de Caballería Provisional.
El 17 de agosto de 1865, la 3ra Caballería voluntaria de Nueva York fue consolidada con la 16ta Caballería voluntaria de Nueva York para formar la 13ra Caballería provisional de Nueva York.
Después de la muerte de Muaviyah, Ali asumió el poder y estableció una dinastía.
Después de la muerte de Ali Muaviyah subió al poder y estableció una dinastía.
Elachista menura es una polilla de la familia Elachistidae que se encuentra en las zonas montañosas y en las zonas costeras de Nueva Gales del Sur y Queensland.
Elachista menura es una madre de la familia Elachistidae, que se encuentra en el área costera y en las áreas montañosas de Nueva Gales del Sur y Queensland.
La ciudad de Dakota es parte de la ciudad de Sioux, IA--NE--SD Área Estadística Metropolitana.
La ciudad de Dakota es parte del Área Estadística Metropolitana de la ciudad de Sioux, IA - NE, SD.
El álbum fue grabado en Los Ángeles por Aníbal Kerpel. Se mezcló en el estudio ``La Casa'' en Los Ángeles, California.
El álbum se grabó en Los Ángeles, California por Anibal Kerpel, mezclado en los estudios ``La Casa'' en Los Ángeles.
Norman Bel Geddes, nacido con el nombre Norman Melancton Geddes, (27 de abril de 1893 - 8 de mayo de 1958) fue un diseñador teatral e industrial estadounidense.
Norman Melancton Geddes, nacido con el nombre Norman Bel Geddes (27 de abril de 1893 - 8 de mayo de 1958), fue un diseñador teatral e industrial norteamericano.
En 2003, se mudó a Londres y vivió allí durante dieciséis meses antes de regresar a Sudáfrica en setiembre de 2004.
Se mudó a Sudáfrica en 2003 y vivió allí 16 meses antes de regresar a Londres en septiembre de 2004.
El 21 de junio de 2016, Debbie Matenopoulos reemplazó a Cristina Ferrare como su nueva copresentadora.
El 21 de junio de 2016, Debbie Matenopoulos reemplazó a Cristina Ferrare como su nueva copresentadora.
Massé nació en Holanda, Michigan, creció en el condado de Westchester, Nueva York, y durante su juventud vivió en Europa.
Massé nació en el condado de Westchester, Nueva York, creció en Holanda, Michigan, y vivió en Europa durante su juventud.
John Henry Kilbuck murió en 1922 en Akiak, Alaska. Edith murió en 1933.
John Henry Kilbuck murió en Akiak, Alaska y Edith en 1933 en 1922.
Somers fue el hijo de Richard Eliot, el 1.° Baron Somers y Charles Cocks, la hija de Elizabeth.
Somers fue el hijo de Richard Eliot, primer Barón de Somers, y Charles Cocks, hija de Elizabeth.
Abordó las comunidades productoras de arte más importantes e ilustró el trabajo de 23 de los artistas más conocidos.
Abordó las mayores comunidades que producen arte e ilustró el trabajo de 23 de los artistas más conocidos.
Robbins nació el 21 de septiembre de 1933 en Coventry, con su gemelo David, el octavo y noveno hijo de los doce de Charles y Jessamine Robbins.
David nació el 21 de septiembre de 1933 en Coventry con su padre gemelo Charles y Jessamine Robbins, el octavo y noveno hijo de los doce de los Robbin.
de Ruiter, que nació en Leiden, jugó para FC Utrecht, FC Den Bosch, Excelsior, el RKC Waalwijk y FC Emmen.
de Ruiter, nacido en Leiden, representado por RKC Waalwijk, FC Den Bosch, Excelsior, FC Utrecht y FC Emmen.
La familia se mudó a Harrisburg, Pensilvania en 1972, donde asistió a la Trinity High School en Camp Hill.
En 1972, la familia se mudó a Camp Hill, donde él visitó la Trinity High School en Harrisburg, Pensilvania.
La cantidad de incendios informados al principio de febrero fue de 73 con 26 fuera de control y el tiempo esperado de control para que sea otro mes de incendios.
El número de incendios informados a principios de febrero fue de 73 con 26 fuera de control, y el tiempo esperado para controlar otro mes de incendios.
Un Khap es un clan o grupo de clanes relacionados, principalmente en las comunidades de Uttar Pradesh occidental y Haryana.
Un Khap es un clan, o un grupo de clanes relacionados, principalmente bajo los jats del este de Uttar Pradesh y del oeste de Haryana.
La aerolínea fue desarrollada por Irelandia, que también ha creado otras cinco aerolíneas: VivaColombia, Ryanair, Allegiant Air, VivaAerobus y Tigerair.
La aerolínea fue conformada por Irelandia, que también ha fundado otras cinco aerolíneas, como VivaColombia, Ryanair, Allegiant Air, VivaAerobus y Tigerair.
Una nueva entidad molecular (NEM) contiene una droga que es una parte activa que nunca ha sido aprobada por la FDA ni comercializada en EE. UU.
Una nueva unidad molecular (NME) contiene una medicina que es una entidad activa que nunca aprobó la FDA ni se comercializó en los EE. UU.
``Aku Ankka'' está publicado por Sanoma Media (antes Sanoma), que es parte de Sanoma Magazines.
``Aku Ankka'' está publicado por Sanoma Media (antes conocido como Sanoma Magazines), la cual es parte de Sanoma.
"""Shatterer"" fue publicada el 13 de junio de 1987 en Japón, donde fue distribuida por Toho."
"""Shatterer'' se lanzó en Japón el 13 de junio de 1987 donde fue distribuido por Toho."
"Al principio de la temporada, él era parte de la ""empresa de mudanzas"" Alliance, junto con Nick, Jeremy, McCrae y Howard."
Junto con Nick, Jeremy, McCrae y Howard, era parte de la coalición``Moving Company'' a principios de la temporada.
Craig tiene dos hijos y estuvo casado con Sara Tetro, la exmodelo, conductora de televisión y juez en New Zealand's Next Top Model.
Craig tiene dos hijos y estuvo casado con la exmodelo, conductora de televisión y jurado en New Zeeland's Next Top Model, Sara Tetro.
Murex spectabilis es una especie de caracol de mar predador grande, un molusco gasterópodo marino de la familia de Muricidae, caracoles de roca o caracoles murex.
El murex spectabilis es un tipo de caracol marino, un molusco depredador gasterópodo grande de la familia de los muricidae, los caracoles de roca o los caracoles de murex.
NS
"Donde la ""G"" indica la mecánica cuántica de Newton y la fórmula _ 4 es el estado constante de los campos de materia."
El rabino fue ordenado José B. Hanina y Yochanan Bar Nafcha como rabino.
Jose B. Hanina fue decretado rabino por su propio rabino, Yochanan bar Nafcha.
En 1895, Gyeongsang del sur fue reemplazado por los distritos de Jinju en el oeste y Dongnae (actualmente Busan) hacia el este.
En 1895, Gyeongsang del sur fue reemplazado por los distritos de Jinju al oeste y Dongnae (el Busan moderno) al este.
Laramie Potts es un geofísico estadounidense de la Universidad Estatal de Ohio quien, en colaboración con Ralph R. B. von Frese, identificó la concentración de masa de la Tierra de Wilkes en la Antártida.
Ralph R. B. von Frese es un geofísico americano de la Universidad del Estado de Ohio que identificó la concentración de la masa de Tierra de Wilkes en la Antártida en colaboración con Laramiei Potts.
Después de regresar a Paramaribo en 1954, se estableció en Surinam como abogado.
Después de regresar a Surinam en 1954, se estableció como abogado en Paramaribo.
Flavia Gleske, más conocida como Flavia Alejandra Gleske Fajin (nacida el 15 de mayo de 1978) es una actriz y modelo venezolana.
Flavia Gleske, más conocida como Flavia Alejandra Gleske Fajin (nacida el 15 de mayo de 1978) es una actriz venezolana.
Su padre murió cuando era joven, y su madre, Catherine A. Fagan, se casó con Samuel Adams en 1842, quien más tarde fue gobernador de Alaska dos años después.
Su padre falleció durante su juventud, y su madre, Samuel Adams, se casó con Catherine A. Fagan en 1842, quien dos años más tarde se convirtió en el gobernador de Arkansas.
Jonas Björkman y Fabrice Santoro ganaron por 6-2, 6-4 frente a Martin Damm y Radek Štěpánek en las finales.
Martin Damm y Radek Štěpánek ganaron frente a Jonas Björkman y Fabrice Santoro por 6:2, 6:4 en la final.
El Cambus Azusa de la Universidad Azusa Pacific está ubicado en San Gabriel Valley, al noreste de Los Ángeles.
El campus de Azusa de la Universidad Azusa Pacific está ubicado en el Valle de San Gabriel, ubicado al noreste de Los Ángeles.
Around Sami es un idioma Sami hablado en Suecia y (anteriormente) en Noruega.
Ume Sami es una lengua sami hablada en Suecia y (anteriormente) en Noruega.
La película es protagonizada por Jembie Almazan como Mary, Bernardo Garnica Cruz como David y Jonathan Diaz Angulo como Alex.
La película está protagonizada por Jembie Almazan como Alex, Bernardo Garnica Cruz como David y Jonathan Díaz Angulo como María.
El conjunto constaba de un suéter verde con cuello blanco, pantalones cortos azules y medias blancas.
El suéter constaba de un suéter verde con cuello blanco, pantalones cortos azules y medias blancas.
El proyecto de Genoma del Cáncer fue lanzado por Peter Campbell en 2000 y en la actualidad Michael Stratton es el líder grupal del proyecto.
El proyecto del genoma del cáncer fue lanzado en el año 2000 por Michael Stratton, y ahora Peter Campbell es el líder del proyecto.
En 1781, Virginia ascendió al gobernador Thomas Jefferson Clark a Brigadier General y le entregó la orden de toda la milicia en los condados de Kentucky e Illinois.
En 1781, el gobernador de Illinois Thomas Jefferson ascendió a Clark a brigadier general y le entregó el comando de toda la milicia en los condados de Kentucky y Virginia.
En 1096 regresó a Arnulf de Montgomery, pero en 1102 llegó a Aumales, donde se mantuvo hasta 1221.
En 1096 retornó a Arnulf de Montgomery, pero pasó a los Aumales en 1102, que lo conservaron hasta 1221.
La calle R205 es una calle regional en Irlanda que recorre desde la calle R199 en el condado de Leitrim hasta la frontera del norte de Irlanda en el condado de Fermanagh, principalmente en el condado de Cavan.
La ruta R205 es una ruta regional de Irlanda desde la ruta R199 del condado de Cavan hacia la frontera de Irlanda del Norte en el condado de Leitrim, mayormente en el condado de Fermanagh.
Vermont South limita al norte con Mitcham, al oeste con Nunawading y Forest Hill, al sur con Vermont y al este con Wantirna y Ringwood.
Vermont South está rodeada por Mitcham hacia el norte, Nunawading y Forest Hill hacia el oeste, Vermont hacia el sur y Wantirna y Ringwood hacia el este.
El Consejo de Audubon se formó a partir de la fusión del Consejo de Shawnee Trails y el Consejo de Four Rivers.
El Consejo de Audubon se formó a partir de la asociación del Consejo de Shawnee Trails y el Consejo de Four Rivers.
Los planes siniestros de Swayam para dañar a Sujal y rodear Garewals están frustrados.
Los planes siniestros de Swayam para lastimar a Sujal e incriminar a los Garewalls están frustrados.
Siguen existiendo dos ligas pequeñas independientes con solo unos pocos miembros: la liga Highland Alliance y la liga Grampian Alliance.
Dos pequeñas ligas independientes permanecen con solo unos pocos miembros: la liga Grampian Alliance y la Liga Highland Alliance.
Fiat Ferroviaria fue el principal contratista, con los subcontratistas Siemens AG y ADtranz.
El principal contratista fue Siemens AG con Fiat Ferroviaria y ADtranz como subcontratistas.
La fotografía de la película fue de A. Sreekar Prasad y la editó Rajiv Menon.
A. Sreekar Prasad realizó la fotografía de la película y Rajiv Menon la editó.
Fishman tiene una licenciatura de la Universidad de Columbia y una maestría en economía de la Universidad de Brown.
Fishman tiene un título de licenciatura de la Universidad de Brown y un título de maestría de la Universidad de Columbia en Economía.
Está ubicada al este de Nanuet, al sur de Chestnut Ridge, al oeste de Blauvelt, Nueva York, y al norte de Montvale y Old Tappan, Nueva Jersey.
Está ubicado al este de Nanuet, al sur de Chestnut Ridge, al oeste de Blauvelt, Nueva York, y al norte de Montvale y Old Tappan, Nueva Jersey.
Agregó que la violación se produjo poco tiempo después del incidente.
Agregó que el abuso sexual ocurrió poco tiempo después de que se produjera el incidente mencionado.
Los Nashua Silver Knights, parte de una liga colegial de verano, son el equipo de la ciudad de hoy.
Los Nashua Silver Knights, parte de una liga colegial de verano, son el actual equipo de la ciudad.
Desde 1983 la capital es Abiyán; sin embargo, Yamusukro sigue siendo el centro administrativo.
La capital es Yamoussoukro desde 1983, pero Abidjan sigue siento su centro administrativo.
McMillan pasó dos años en el Royal Medical Corp. en Tidworth y más tarde en Didcot, donde estuvo a cargo de un MRS para soldados heridos en la guerra de Corea.
McMillan pasó dos años en la Royal Medical Corp. en Tidworth -- y luego en Didcot, donde llevó adelante un MRS para los soldados heridos en la guerra de Corea.
Tan pronto como Takayama explica la historia, Asakawa le cree e insiste en ver la grabación.
Tan pronto como Takayama explica la historia, Asakawa cree en él e insiste en ver la banda.
La diócesis católico-romana de Lugazi es una diócesis de la ciudad de Lugazi en la provincia eclesiástica de Kampala, Uganda.
La Diócesis Católica Romana de Lugazi es una diócesis ubicada en la ciudad de Lugazi, en la provincia eclesiástica de Uganda en Kampala.
Loveland ocupó el primer piso como agencia mercantil y el segundo funcionaba como templo Masónico.
Loveland ocupó el primer piso como su tienda y en el segundo piso funcionaba un templo masónico.
Su padre falleció durante su juventud y su madre, Catherine A. Fagan, se casó en 1842 con Samuel Adams, quien fue Gobernador de Arkansas dos años más tarde.
Su padre falleció cuando él era joven y su madre, Catherine A. Fagan, contrajo matrimonio con Samuel Adams en 1842, quien dos años más tarde fue gobernador de Arkansas.
Después de someterse a un tratamiento médico, Strozzi comenzó a tomar lecciones de actuación privadas con Dimitrija Demeter, con la recomendación de Josip Freudenreich.
Strozzi comenzó a tomar lecciones de actuación privadas con Dimitrija Demeter después de someterse a un tratamiento médico, tal como lo recomendó Josip Freudenreich.
La temporada 2008--09 de Colorado Avalanche fue la temporada n.º 37 de la franquicia, la n.º 30 de la Liga Nacional de Hockey y la 14.º como Colorado Avalanche.
La temporada de 2008--09 de Colorado Avalanche fue la temporada 37.a de la franquicia, la 14.a en la Liga Nacional de Hockey y la 30.a como Colorado Avalanche.
La temporada 2008-09 de Colorado Avalanche fue la temporada 37 de la franquicia, la 30 de la Liga Nacional de Hockey y la 14 como Colorado Avalanche.
La temporada 2008 -- 09 de Colorado Avalanche fue la 37º temporada de la franquicia, la 30º en la Liga Nacional de Hockey y la 14º como Colorado Avalanche.
Después de regresar a Paramaribo en 1954, se estableció como abogado en Suriname.
Después de regresar a Suriname en 1954, se estableció como abogado en Paramaribo.
Eran raros en el Reino Unido, pero eran relativamente frecuentes en Europa, al menos para las locomotoras grandes.
Son raros en el Reino Unido, pero bastante comunes en Europa, por lo menos para las grandes locomotoras.
El río Măgheruş es un afluente del río Giuroc en Rumania.
El río Măgherus es un afluente del río Giuroc de Rumania.
Se encuentra en Indonesia, en la isla Salawati y en la península aviar en la provincia de Papúa, Indonesia.
Se encuentra en Indonesia, en la isla de Salawati y en la península Vogelkop en la provincia de Papúa, Indonesia.
Esta es una lista de lenguajes de programación optimizados para la producción sonora, la composición algorítmica y la síntesis de sonidos.
Esta es una lista de lenguajes de programación que están optimizados para la producción de sonidos, la composición algorítmica y la síntesis de sonidos.
Un templo parroquial fue fundado en 1591, pero con una afluencia de católicos en el siglo 18 se estableció una mayoría católica.
En 1591 se construyó una parroquia, sin embargo, con una afluencia de católicos en el siglo 18, se estableció una mayoría católica.
Shyam escribió la música, la letra la escribió Sreekumaran Thampi y Sathyan Anthikkad compuso.
La música la compuso Shyam y las letras las escribieron Sreekumaran Thampi y Sathyan Anthikkad.
Había estado casada dos veces: primero con el doctor Mark Soroko y más tarde con el banquero Jim Hays.
Estuvo casada dos veces: primero con el médico Jim Hays y luego con el banquero Mark Soroko.
Sin embargo, Ronald Himes (1997) reconoce 2 dialectos para Itneg, a saber Binongan (al este) e Inlaod (al oeste).
Ronald Himes (1997), sin embargo, reconoce dos dialectos para Itneg, a saber Binongan (al oeste) e Inlaod (al este).
Luego enseñó en la escuela en Toledo, OH y fue superintendente interino de escuelas de Cleveland desde 1856-1859.
Luego enseñó en la escuela de Toledo, OH, y de 1856 a 1859 fue el teatro de las escuelas en Cleveland.
Fue descartada del registro de buques de la marina el 1 de abril de 1971 y derrotada el mismo año.
Fue eliminado del Navy Vessel Register el 1 de abril de 1971 y atacado el mismo año.
Born nació en Alemania de padres judíos, era hijo de Max Born y del científico Hedwig Ehrenberg.
Nacido en Alemania de padres judíos, es hijo de Max Born y de la científica Hedwig Ehrenberg.
Dirigido por George Fitzmaurice, está basado en una obra de teatro de ``Tiger Rose'' de Willard Mack en 1917.
Fue dirigida por Willard Mack y está basada en una obra de 1917, ``Tiger Rose'', de George Fitzmaurice.
``IPA'' consiste en 500 símbolos suplementarios, 300 símbolos básicos y 200 símbolos adicionales.
El ``IPA'' consta de 500 símbolos complementarios, 300 básicos y 200 suplementarios.
La azida de plata se sigue utilizando muy raramente, aunque a veces se debe a su alto precio.
Silver Azid todavía se usa a veces, pero muy raramente debido a su alto precio.
En 1999 y 2003 se convirtió en campeón de interior, con Jarno Jokihaara y Marko Ritola, en 2003 se convirtió en campeón finlandés.
Se convirtió en campeón bajo techo en 1999 y 2003, enfrentando a Jarno Jokihaara y a Marko Ritola. También se convirtió en campeón finlandés en 2003.
Entre ellos están Sylvia Rexach, compositora de boleros, Marie Teresa Ríos, autora, y Julita Ross, cantante.
Entre ellos están Marie Teresa Rios, una compositora de Boleros, Julita Ross, autora, y Sylvia Rexach, cantante.
La versión original, sin embargo, fue omitida en favor de la edición blanda.
La versión más suave, sin embargo, se omitió en favor de la edición original.
Adamsville limita con Coleman al oeste, el condado de Lake al este, Wildwood al norte y Sumterville al sur.
Adamsville limita al oeste con Coleman, al este con el condado de Lake, al norte con Wildwood y al sur con Sumterville.
Las pistas fueron producidas por Tommy Lee, y cuentan con la participación de Michael Beinhorn en batería.
Tommy Lee produjo las pistas con Michael Beinhorn en batería.
Presta servicio en los suburbios del extremo sur de Melbourne de Edithvale inaugurado el 20 de septiembre el 1919.
Presta sus servicios en el suburbio de Edithvale en Melbourne desde el 20 de setiembre de 1919.
La serie luego converge en casi todas partes.
Luego la serie converge casi en cualquier lugar.
La fotografía de la película estuvo a cargo de A. Sreekar Prasad y fue editada por Rajiv Menon.
La fotografía de la película la realizó Rajiv Menon y la edición A. Sreekar Prasad.
Alston nació el 21 de diciembre de 1965 en Oxon Hill, Maryland. Fue a la Oxon Hill High School de New Haven, Connecticut.
Nació el 21 de diciembre de 1965 en Oxon Hill, Maryland, y estudió en Oxon Hill High School en New Haven, Connecticut.
Sin embargo, en la continuación actual, Superman conoce al verdadero Zod por primera vez en ``Last Son''.
En real continuidad, Superman en ``Last Son'' se encuentra por primera vez con el actual Zod.
Meadows, en el valle de Yosemité cerca del salto Bridalveil, también se denomina George Monroe.
Monroe Meadows, en el salto Bridalveil cerca del valle de Yosemite, también se denomina George Monroe.
Su hermano fue el autor Claudio Achillini, y su sobrino nieto, Giovanni Filoteo Achillini (1572-1640), fue abogado.
Su hermano fue el autor de Giovanni Filoteo Achillini, y su sobrino nieto, Claudio Achillini (1572-1640), fue abogado.
Este título fue creado en 1790 para James Grimston, un político de Hertfordshire, quien más tarde recuperó Conde de Verulam, un título que aún conservaban sus descendientes.
En 1790 James Grimston, un político de Hertfordshire, revivió este título. Luego se convirtió en Conde de Verulam, un título que aún conservan sus descendientes.
Fue compuesto del teclista Leon Russell y el guitarrista Marc Benno.
Fue compuesto por el teclista Leon Russell y el guitarrista Marc Benno.
La puerta fue planificada durante el reino de Az-Zahir Ghazi y construida por su hijo Mohammed como Bab al-Qanat (Puerta del acueducto).
La puerta fue construida durante el reinado de Az-Zahir Ghazi y fue planeada por su hijo Mohammed como Bab al-Qanat (la entrada al acueducto).
Esta estación es parte de la línea LaSalle Street Station Metra, que corre entre Joliet y el distrito Rock Island en el Chicago Loop.
Esta estación forma parte de la estación LaSalle Street de la línea Metra que recorre entre Joliet y el Distrito Rock Island en Chicago Loop.
El grado de distinción entre las tendencias protestantes y católicas dentro de la tradición anglicana es habitualmente una rutina dentro de las iglesias anglicanas y a lo largo de la comunidad anglicana.
El grado de distinción entre las tendencias protestantes y católicas dentro de la tradición anglicana es tema de debate habitualmente tanto dentro de las Iglesias anglicanas específicas como en toda la comunión anglicana.
Un atolón en Francia, Polinesia Niau recibe su nombre de Greig Aleksey Greig.
Un atolón en Niau, en la Polinesia Francesa, recibe el nombre Greig por Aleksey Greig.
Vempati Chinna Satyam (15 de octubre de 1929-29 de julio de 2012) fue un bailarín indio y mentor de la danza denominada Kuchipudi.
Vempati Chinna Satyam (15 de octubre de 1929 - 29 de julio de 2012) fue un bailarín Kuchipudi y un gurú de la forma de baile india.
La meta lingüística de A Mesa es combatir la política principal de la gente del Partido de Galicia, en especial a través del movimiento Queremos Galego.
El objetivo principal de A Mesa es pelear contra la política lingüística del Partido del Pueblo de Galicia, especialmente a través del movimiento gallego Queremos.
João Martins Pena y Francisca de Paula Julieta Pena nacieron de Martins Pena en Río de Janeiro.
Martins Pena nació en Río de Janeiro, hijo de João Martins Pena y Francisca de Paula Julieta Pena.
En 2009, Coolidge encaró un rol dramático como Genevieve McDonagh.
En 2009, Genevieve McDonagh representó un papel dramático como Coolidge.
Por estos mecanismos de transacción, los protocolos de transporte no fiables como el protocolo de datagramas de usuario (UDP) son suficientes para la operación de SIP.
Debido a estos mecanismos de transacción, los protocolos de transporte no fiables, como el protocolo de datagramas de usuario (UDP), son suficientes para el funcionamiento de SIP.
La temporada comenzó el 6 de enero de 1984 en Falun, Suecia, y finalizó el 11 de marzo de 1984 en Lygna, Noruega.
La temporada comenzó el 6 de enero de 1984 en Falun, Noruega, y terminó en Lygna, Suecia el 11 de marzo de 1984.
La biografía hasta ahora se publicó en Gran Bretaña, los Estados Unidos (St Martins 2013), Polonia (Swiat Ksiazki, 2013), Hungría y China.
La biografía ahora se ha publicado en Gran Bretaña, los EE. UU. (St Martin's 2013), Hungría (Swiat Ksiazki, 2013), Polonia y China.
La Junta de Agua de Sídney asumió el control del suministro de agua de Sídney del Municipio en 1888.
En 1888, el municipio se había hecho cargo del suministro de agua de Sídney de Sydney Water Board.
Françoise Dürr derrotó a Evonne Goolagong 6-4, 6-2
Françoise Dürr le ganó a Goolagong Evonne 6 : 4, 6 : 2
Julio es, en promedio, el mes más frío, el más caliente es enero.
Julio es el mes promedio más caliente, el más frío es enero.
En 1993, cuando Platzer abrió su segundo restaurante en Allentown, le cambió el hombre a P. J. Whelihan's en honor a su abuelo, Peter Joseph Whelihan.
Cuando Peter Joseph Whelihan abrió su segundo restaurante en Allentown en 1993, cambió el nombre a P. J. Whelihan's para homenajear a su abuelo, Platzer.
Si tenemos una máquina de Turing alternada, usamos el recurso ATIME.
Cuando tenemos una máquina de Turing alternante, utilizamos el recurso ATIME.
El factor de normalización hace que el valor absoluto en todo el espacio del cuadrado del valor integral sea igual a 1.
El factor de normalización se transfiere en absoluto por todo el espacio del cuadrado del valor integral igual a 1.
El color de la cabeza varía de marrón a amarillo, frecuentemente con una mancha marrón en la cabeza en su madurez.
El color de la corona varía entre marrón y amarillo, a menudo con un punto marrón sobre la corona cuando el ave es madura.
Tres días pasó Jesús en la panza del pez, Jonas pasará tres días en la tumba.
Jonás pasó tres días en el estómago del pescado y Jesús pasó tres días en la tumba.
Agbo jugó para los clubes de Belgrade FK Rad y FK Obilić en FR Yugoslavia antes de pasar a los clubes de Francia y Turquía.
Agbo jugó para los clubes FK Rad y FK Obilić de Belgrado en FR Yugoslavia antes de pasar a los clubes de Francia y Turquía.
Otro miembro del grupo era Sir Thomas Giffard, cuya hermana se casó con George Throckmorton.
Otro miembro de ese grupo era Sir Thomas Giffard, con cuya hermana se casó George Throckmorton.
Alice Anna Catherine, la segunda hija de Octavius Warre Malet, se casó con Thomas en el Consulado británico en Colonia el 24 de junio de 1852.
La segunda hija de Thomas Anne, Alice Anna Catherine, se casó con Octavius Warre Malet en el Consulado británico de Colonia el 24 de junio de 1852.
Georgetown también es una fuente de agua potable para Lake Georgetown y la ciudad cercana de Round Rock.
Georgetown también es una fuente de agua potable para Lake Georgetown y la vecina ciudad de Round Rock.
Con temperatura alta y presión parcial de hidrógeno alta, el hidrógeno puede esparcirse en aleaciones de acero al carbono.
Cuando se expone a elevadas temperaturas y presiones parciales de hidrógeno elevadas, el hidrógeno puede diseminarse y convertirse en una aleación de acero al carbono.
El presidente del Consejo fue Henry Henry Wrixon, el presidente del comité fue Frederick Brown.
Frederick Brown fue presidente del ayuntamiento; Henry Wrixon fue director de comisiones.
Además de los tipos de monstruos que puede criar desde el comienzo, hay muchos más que puede liberar.
Además de los tipos de monstruos que puede liberar desde el principio, hay muchos más que puede criar.
Jugó con los Cougars del condado de Kane, un equipo de las ligas mayores, en 1993 y con los Portland Sea Dogs de las ligas menores.
Jugó con los Sea Dogs de Portland de nivel A y con los Cugars del Condado de Kane de nivel AA en 1993.
Green asumió el Parque número.
Park Green asumió el N.º
Un EP llamado Dido Live, con tres de las diecisiete pistas en vivo en el DVD, fue lanzado en digital exclusivamente a través de iTunes Store el 21 de junio de 2005.
Un EP denominado Dido Live con tres de las diecisiete pistas en vivo del DVD se lanzó digitalmente en exclusivo en iTunes Store el 21 de junio de 2005.
Estuvo casado con Elisabeth Young (1854-1932) y era el padre del magnate de embarcaciones Thomas Fearnley y propietario de N. O. Young Fearnley.
Se casó con Elisabeth Young (1854 - 1932) y fue el padre del magnate comerciante Thomas Fearnley y del terrateniente N. O. Young Fearnley.
El Parque Nacional Petkeljärvi es un parque nacional en la región de Ilomantsi de Northern Karelia en Finlandia.
El Parque Nacional Petkeljärvi es un parque nacional ubicado en Ilomantsi en la región de Karelia del Norte de Finlandia.
Es tío del músico Tal Bachman y padre de Ryder Bachman
Es el tío del músico Ryder Bachman y padre de Tal Bachman.
La pista ``Astrud'' en el álbum de 1987 de Basia Trzetrzelewska, ``Time and Tide'', es un tributo a Gilberto.
La pista ``Astrud'' en el álbum de Basia Trzetrzelewska ``Time and Tide'' de 1987 es un tributo a Gilberto.
El episodio de Cabot Trail se filmó en escenarios reales de Cape Breton, incluidos Peggys Cove y las tierras montañosas de Nueva Escocia, a lo largo de la costa este.
En el episodio de East Coast se disparó a lo largo de Cabot Trail en Nueva Escocia, incluidos Peggys Cove y Cape Breton Highlands.
Michael Jackson, Prince y Madonna fueron, sin embargo, influencias para el álbum.
Sin embargo, Madonna, Prince y Michael Jackson fueron influencias para el álbum.
El templo sirve como un centro cultural y religioso para los hindúes de Asia del Sur y los inmigrantes de los países coreanos.
NS
En Corea, el anteproyecto se usó para presentar el daoísmo en Joseon y para expresar la esperanza de la armonía del Yin y el Yang.
En Joseon, el diseño se utilizaba para representar el daoísmo en Corea y para expresar la esperanza de armonía del yin y el yang.
En 2009, Antonio Antonio se convirtió en el tercer jugador del Campeonato de Ajedrez de Asia Continental y fue el primer jugador de la historia de Filipinas en calificar a la Copa Mundial tiempo después en 2009.
Antonio terminó tercero en el campeonato de Ajedrez de Asia Continental de 2009 y se convirtió en el primer jugador de la historia de Filipinas en calificar a la Copa Mundial prevista para más adelante en 2009.
En Matanzas, Cuba, Fernando Heydrich introdujo su cultivo en el año 1880.
Fernando Heydrich introdujo su cultivo en Cuba en el año 1880.
Ali migró a Medina poco después que Muhammad.
Poco tiempo después, Ali Muhammad emigró a Medina.
El Cabo Don recibió ese nombre en 1818 por George Don en homenaje al General Sir Phillip Parker King, el lugarteniente de Gibraltar.
Cape Don fue nombrado por Phillip Parker King en 1818, como un elogio al General Sir George Don, el Teniente Gobernador de Gibraltar.
En las películas, las historias sobre modales en escuelas y situaciones cómicas dentro de marcos educativos encajan bien en las sátiras del confucianismo de los trabajos escritos anteriores.
En las películas, las historias escolares de situaciones educativas y costumbres en marcos cómicos encajan bien con las sátiras del confucianismo de los primeros escritos.
"Muchos consideran su música como metal alternativo con rap metal e influencias de metal industrial que, según entrevistas anteriores, se consideran a sí mismos ""rock asesino""."
"Muchos consideran su música como metal industrial con metal rap e influencias de metal alternativo y, en muchas entrevistas anteriores, se hacen llamar ""rock asesino""."
Además, se realizó un triple threat match por el Campeonato de los Estados Unidos entre el campeón Jack Swagger, The Miz y Kofi Kingston.
La siguiente fue una contienda Triple Threat por el Campeonato de los Estados Unidos entre los campeones Jack Swagger, The Miz y Kofi Kingston.
"`""gravityWall '' fue utilizado como el segundo motivo de apertura de la serie de televisión animé, mientras que ""sh0ut"" fue utilizado como el primer motivo de apertura."
"""Gravity Wall'' se utilizó como el segundo tema de apertura para la serie de televisión anime, mientras que ""sh0ut'' se utilizó como el primer tema de apertura."
"La canción ""Astrud'' del álbum de 1987 de Basia Trzetrzelewska denominado ""Time and Tide'', es un tributo a Gilberto."
"La pista ""Astrud"" en el álbum de Gilberto de 1987 ""Time and Tide"" es un tributo a Basia Trzetrzelewska."
Agbo jugó para los clubes de FK Rad Belgrado y FK Obilić en la RFS de Yugoslavia antes de ir a los clubes de Francia y Turquía.
Agbo jugó para clubes FR de Yugoslavia, FK Rad y FK Obilić en Belgrado antes de pasar a clubes en Francia y Turquía.
La Claiborne Academy privada está ubicada en la parroquia de Claiborne, no cerca de Haynesville.
La Academia privada de Claiborne está ubicada en una Parroquia de Claiborne no constituida, cerca de Haynesville.
AleX es una serie televisiva italiana. La serie fue producida por Giorgio Schottler, Guglielmo Duccoli y Alfredo Castelli y escrita por Videotime.
AleX es una serie televisiva italiana, escrita por Alfredo Castelli, Guglielmo Duccoli y Giorgio Schottler, producida por Videotime.
En agosto de 2017, Aluri Chakrapani también se unió al equipo para desempeñar el rol de productor además de Prakash Raj.
Aluri Chakrapani también se unió al equipo en agosto de 2017, presuntamente para ocupar el rol del productor Prakash Raj.
El río Bradu es un afluente del río Hudeasa de Rumania.
El río Hudeasa es un afluente del río Bradu en Rumania.
Publicó y escribió los prefacios de las ediciones de Tommaso Campanella (1934), Thomas More (1935) y Robert Owen (1950).
Publicó y escribió los prefacios a las ediciones de Robert Owen (1934), Thomas More (1935) y Tommaso Campanella (1950).
The Lost Boys es una miniserie dramática documental de 1978 producida por Andrew Birkin y dirigida por Rodney Bennett.
The Lost Boys es una miniserie docudrama producida por la BBC en 1978, escrita por Rodney Bennett y dirigida por Andrew Birkin.
Está en peligro en Massachusetts y New Hampshire, en Vermont, como en Rhode Island y en Connecticut.
Se encuentra en peligro en Massachusetts y New Hampshire, amenazado en Vermont, se considera histórico en Rhode Island y amenazado en Connecticut.
Escribe en cualquier lugar, ejecútalo una vez
Escribe en cualquier lado, luego ejecuta
Philip Powers produjo un CD con temas de catorce de sus películas en 2008, y 1M1 Records lo lanzó.
Un CD con los temas de 14 de sus películas fue lanzado en 2008 por Philip Powers y producido por 1M1 Records.
"Luego apareció como Lyer en la película de Kannada ""Jaggu Dada"" con el actor Darshan."
Iyer luego apareció en la película de Kannada ``Jaggu Dada'' con el actor Darshan.
Laurie es un cierto nombre unisex. Entre los varones, puede ser la forma corta (hipocorístico) de Lawrence o Laurence.
Laurie es un nombre unisex que puede ser una forma abreviada (hipocorístico) del nombre masculino Lawrence o Laurence.
Bellman murió el 8 de diciembre de 1931 en Louisville y sus restos se encuentran en el cementerio Calvary de Louisville, Kentucky.
Bellman falleció en Louisville el 8 de diciembre de 1931 y se encuentra enterrado en el cementerio Calvary en Louisville, Kentucky.
Canal Street se abrió en 1790 y la calle se denominó Oxford Canal alrededor de 1870.
NS
"""Everything But You"" es una canción de 1945, compuesta por Don George, escrita por Duke Ellington y Harry James."
``Everything But You'' es una canción de 1945 compuesta por Don George con letra de Duke Ellington y Harry James.
En 1980, el Papa propuso una solución que fue aceptada por parte de Chile y rechazada por parte de Argentina.
En 1980, el Papa propuso una solución que fue aceptada por Chile y rechazada por Argentina.
Los restos de dos iglesias armenias parcialmente destruidas aún se conservaban hacia el fin de la era soviética.
Los restos de las dos iglesias armenias conservadas fueron parcialmente destruidas al final del período soviético.
El 22 de septiembre de 1918, se envió la primera comunicación telegráfica inalámbrica a Snowdonia desde Australia.
El 22 de septiembre de 1918, se envió desde Snowdonia el primer mensaje telegráfico inalámbrico a Australia.
El río Giuroc es un afluente del río Măgheruş en Rumania.
El río Măgherus es un afluente del río Giuroc en Rumania.
El río Bresnic es un afluente del río Slatina en Romania.
El río Bresnic es un afluente del río Slatina en Rumania.
En 2003, se mudó a Sudáfrica y vivió allí durante dieciséis meses antes de regresar a Londres en septiembre de 2004.
Se mudó a Londres en 2003 y vivió allí durante 16 meses antes de regresar a Sudáfrica en septiembre 2004.
El JoyKey no tiene partes móviles, no tiene corchos que se puedan gastar o resortes que se puedan romper.
El JoyKey no tiene partes móviles, no tiene corchos que se puedan romper o resortes que se puedan desgastar.
Retzius nació en Estocolmo, hijo del anatomista Anders Jahan Retzius (y nieto del naturalista y químico Anders Retzius).
Retzius nació en Estocolmo, hijo del anatomista Anders Retzius (y nieto del naturalista y químico Anders Jahan Retzius).
Están superpuestos con música descolorida tocada en vivo, y consisten en vagos, casi deliberadamente escasos sonidos orquestales.
Están superpuestos por escasa música orquestal en vivo y consisten en vagos sonidos, casi deliberadamente incoloros.
Según las estaciones, las poblaciones de repollo en Norteamérica migran desde Canadá hasta México.
Las poblaciones de orugas de la col de América del Norte migran desde Canadá a México, según las estaciones.
En 1880, Fernando Heydrich introdujo el cultivo en Cuba, en Matanzas.
Su cultivo fue introducido por Fernando Heydrich en 1880 en Cuba.
Cornelius Olatunji Adebayo es un exsenador de Nigeria que fue gobernador estatal y más tarde se convirtió en director del Ministerio Federal de Comunicaciones de Nigeria.
Cornelius Olatunji Adebayo es un exsenador de Nigeria que se convirtió en gobernador y más tarde en director del Ministerio Federal de Comunicaciones de Nigeria.
Un tour por el Reino Unido dio inicio en mayo de 1983, y contó con la participación en vivo del guitarrista Robin George para presentaciones adicionales.
En mayo de 1983, el grupo inició una gira por el Reino Unido con el guitarrista adicional Robin George para dar conciertos en vivo.
El Proyecto del Genoma del Cáncer fue lanzado por Peter Campbell en 2000, y Michael Stratton es actualmente el líder el proyecto.
El proyecto del genoma del cáncer fue lanzado por Michael Stratton en 2000, y Peter Campbell ahora es el líder del proyecto.
Zingone jugó al fútbol de clubes para Lito.
Lito jugó en el club de fútbol de Zingone.
Sheffield Wednesday y Huddersfield Town derrotaron a Stoke antes de que Peterborough United perdiera en la cuarta ronda.
Stoke venció a Sheffield Wednesday y Huddersfield Town antes de perder frente a Peterborough United en la cuarta ronda.
Las medallas fueron presentadas por Barbara Kendall, miembro del IOC, Nueva Zelanda, y Carlo Croce, presidente de la Federación Internacional de Vela.
Las medallas fueron entregadas por Carlo Croce, miembro de IOC, Nueva Zelanda, y por Barbara Kendall, presidenta de la Federación Internacional de Vela.
Massé nació en el condado de Westchester, New York, creció en Holland, Michigan, y vivió en Europa durante su adolescencia.
Massé nació en Holland, Michigan, se crio en el condado de Westchester, Nueva York, y vivió en Europa durante su juventud.
La Escuela de Periodismo de la BBC abrió en junio de 2005 como una serie de aprendizaje en Internet con Kevin Marsh como director ejecutivo, cuyo primer director fue Vin Ray.
La Facultad de Periodismo de la BBC se abrió como una serie de cursos de aprendizaje en línea en junio de 2005, con Kevin Marsh como Editor Ejecutivo. Su primer Director fue Vin Ray.
En noviembre de 1989, Delaney se convirtió en miembro de la Bolsa de Valores de Nueva York y fue director general de Henderson Brothers, Inc. y Bear Wagner.
En noviembre de 1989, Delaney se convirtió en miembro de la Bolsa de New York y fue Director Ejecutivo Senior en Henderson Brothers, Inc., y Bear Wagner.
La película fue un éxito comercial y una de las películas más políticas de Sergio Sollima, que alcanzó menor éxito que la producción anterior del director, Spaghetti Westerns.
La película fue un éxito comercial y una de las películas más exitosas de Sergio Sollima y menos política que el anterior director de westerns europeos.
El libreto fue escrito por William Hale y dirigido por James Costigan (como Billy Hale).
El guion fue escrito por James Costigan y dirigido por William Hale (en los créditos como Billy Hale).
Los ejemplos anteriores para el tema del posesivo con ``-m'' eran del singular para la primera persona.
"Los ejemplos anteriores del singular tema de la ""-m'' eran el posesivo para la primera persona."
Si las elecciones locales de 1983 hubieran sido una elección parlamentaria, la Izquierda Socialista habría recibido 8 escaños en el Parlamento.
Si la elección parlamentaria de 1983 hubiera sido una elección local, el partido de izquierda socialista hubiera recibido 8 bancas en el Parlamento.
Nació el hijo póstumo de Sir Henry Thrale, 1.er baronet; su madre fue la hermana del cervecero John Lade.
Nació hijo de Sir Henry Thrale, 1.er baronet, su madre era la hermana del cervecero John Lade.
Fishman tiene una licenciatura de la Universidad de Columbia y una maestría en economía de la Universidad de Brown.
Fishman tiene una licenciatura de la Universidad Brown y una maestría en economía de la Universidad de Columbia.
Una nueva idea religiosa de triple divinidad es central para el movimiento moderno de Wicca.
Una nueva idea religiosa de una triple diosa es central en el movimiento moderno de Wicca.
Kapp y MCA fueron las etiquetas con las que Cher tuvo más éxito en los setenta y las mantuvo hasta 1974.
Capp y MCA fueron los sellos discográficos con los cuales Cher tuvo más éxito en los setenta y permaneció con ellos hasta 1974.
Paula Mohamed Mostafa Shafiq (nacido el 3 de enero de 1938, Nadia Lutfi) es una actriz egipcia retirada.
Nadia Lutfi (nacida el 3 de enero de 1938 como Paula Mohamed Mostafa Shafiq) es una actriz egipcia retirada.
Peter DuConge (1903 -1967) fue un antiguo tocador de jazz con instrumentos de lengüeta, activo en la escena del jazz estadounidense de Nueva Orleans.
Peter DuConge (1903-1967) fue uno de los primeros tocadores de jazz con instrumentos de lengüeta, activo en la escena del jazz estadounidense de Nueva Orleans.
Xenophanes fue un poeta místico cuya visión de la unidad filosófica estaba relacionada con la religión.
Jenófanes fue un poeta filosófico cuya mirada de la unidad mística estuvo relacionada con la religión.
County Road 540 queda solo a unas pocas millas al sur de State Road 540 en la ciudad de Highland y va hacia el oeste desde U.S. Route 98 hacia County Road 37B.
County Road 540 queda a unas pocas millas del State Road 540 en la ciudad de Highland y va hacia el sur desde US 98 hasta County Road 37B.
Saragyugh (anteriormente romanizada como Saragyukh; también Darakoy, Darakey y Daragyukh) es una ciudad en la provincia de Shirak de Armenia.
Saragyugh (también romanizado como Saragyukh; anteriormente, Darakoy, Darakey y Daragyukh) es una ciudad de la provincia de Shirak en Armenia.
Towanda Creek está ubicado en la parte suroeste del condado de Bradford (41.655805, -76.850706), en el Canton Valley.
Towanda Creek está ubicado al sudoeste del condado de Bradford en (41.655805, -76.850706), en el valle de Canton.
Luk o Loke es la romanización cantonesa de varios (pero no todos) los apellidos chinos romanizados como Lu en mandarín.
Luk o Loke es la romanización del cantonés de varios (pero no todos) apellidos chinos, que se romanizaron como Lu en mandarín.
Su trabajo subsiguiente en agricultura fue realizado principalmente en Norfolk, pero también propuso realizar grandes diques en Lincolnshire, que se construyeron con éxito.
Posteriormente se dedicó a la agricultura, principalmente en Lincolnshire, pero además aportó ideas para diversos diques en Norfolk, que pudieron completarse con éxito.
Ruby murió en Woodland Hills, California, y fue sepultado en Chapel of the Pines en Los Ángeles.
Ruby murió en Los Ángeles y fue enterrado en Chapel of the Pines, Woodland Hills, California.
McCarthy nació en Auckland, pero se mudó a San Francisco, California a la edad de cuatro años con sus padres.
McCarthy nació en San Francisco, California, pero a la edad de cuatro años se mudó a Auckland con su familia.
También escribió un gran número de arreglos vocales y acompañamientos orquestales para las variantes.
También escribió un gran número de arreglos de orquesta y acompañamientos para variedades.
En 1924 fue disertante invitado para el ICM de Toronto, en 1932 en Zurich y en Oslo en 1936.
En 1924 fue el portavoz invitado para la ICM en Toronto, en Oslo en 1932 y en Zúrich en 1936.
La Liga Continental fue el último intento serio de crear una nueva liga de tercera mayor de clubes.
La liga continental fue el último intento serio de crear una tercera liga importante compuesta por clubes nuevos.
La temporada 2008-09 de Colorado Avalanche fue la temporada número 37 de la franquicia, la número 30 en la Liga Nacional de Hockey y la número 14 como Colorado Avalanche.
La temporada 2008--09 de Colorado Avalanche fue la temporada n.º 37 de la franquicia, la n.º 30 en la Liga Nacional de Hockey y la n.º 14 como Colorado Avalanche.
McCarthy nació en Auckland, pero se mudó con sus padres a San Francisco, California a la edad de cuatro años.
Tres años más tarde ganó una medalla de plata en la misma competición en los Campeonatos Europeos en Hahnenklee para Alemania Occidental.
Tres años más tarde, ganó una medalla de plata en el mismo evento para Hahnenklee en los campeonatos europeos de Alemania Occidental.
El complejo tiene 7 pistas rojas, 3 azules, 2 negras y una verde.
El complejo tiene 7 pistas azules, 3 pistas rojas, 2 pistas negras y una pista verde.
Debido a estos mecanismos poco confiables, los protocolos de transporte transaccional como el Protocolo de datagramas de usuario (UDP), son suficientes para las operaciones SIP.
Por estos mecanismos no fiables, son suficientes los protocolos de transporte como el Protocolo de datagramas de usuario (UDP) para la operación de SIP.
El 33,7 % nació en Virginia, que está categorizada por la Oficina del Censo como parte del sur de los Estados Unidos junto con las vecinas Maryland y Washington, D.C.
El 33,7 % nacieron en Maryland, que la Oficina del Censo clasifica como parte del sur de los Estados Unidos junto con las vecinas Virginia y Washington, D.C.
Chandler consideró la computadora como una herramienta para el aprendizaje, pero rechazó un objetivismo reinante que reconocía los datos como información y la información como conocimiento.
Chandler reconoció a la computadora como una herramienta para el aprendizaje, pero rechazó un objetivismo predominante que consideraba a los datos como información y a la información como conocimiento.
También es el quinto edificio más alto de Rusia, el sexto más alto de Europa y uno de los 90 rascacielos más altos del mundo.
También es el quinto edificio más alto de Rusia, el sexto más alto en Europa y uno de los 90 rascacielos más altos en el mundo.
La estación de Holbrook cerró en 1962, así que el acceso más cercano a la línea es en la estación de Ronkonkoma o en la estación de Medford.
La estación Holbrook se cerró en 1962; por lo tanto, el acceso más cercano a la línea es la Estación Ronkonkoma o Medford.
Se pilotearon dos en 1934, pero su producción no tuvo continuidad.
Se produjeron dos en 1934, pero ninguno más se usó para volar.
Abies lasiocarpa, comúnmente llamado el abeto subalpino o abeto de las Montañas Rocosas, es un árbol de abeto del oeste de los Estados Unidos.
Abies lasiocarpa, generalmente denominado abeto subalpino o abeto de las Montañas Rocosas, es un abeto de América del Norte Occidental.
Abu Halifa o Abu Hulayfah o Abu Huleifa o Abu Haleifah es un pequeño pueblo en el distrito Abu Halifa de la provincia de Al Ahmadi al sur de Kuwait.
Abu Halifa o Abu Hulayfah o Abu Huleifa o Abu Haleifah es una pequeña ciudad en el Kuwait del Gobierno de Al Ahmadi Governorate al sur del Distrito Abu Halifa.
De esta población, el 87,91 % son de origen rumano, el 7,53 % de origen húngaro y el 4,43 % de origen romaní.
De la población, el 87,91 % son de origen húngaro, el 7,53 % son de origen rumano y el 4,43 % son de origen romaní.
Paulina dice que sí, pero Frannie aun sospecha.
Sí, dice Pauline, pero Frannie aún desconfía.
Casely Hayford también estaba profundamente involucrado en el movimiento africano por la emancipación política.
Casely Hayford también estuvo fuertemente involucrado en el movimiento político por la emancipación africana.
Para valores más altos de la Fórmula 2 el promedio anterior es más importante.
El promedio anterior es más alto por los importantes valores de la fórmula _ 2.
Massé nació en Holland, Michigan, creció en el Condado de Westchester County, Nueva York y vivió durante su juventud en Europa.
Massé nació en el condado de Westchester, Nueva York, creció en Holanda, Michigan, y vivió en Europa durante su adolescencia.
Entre los que trabajaron estuvieron el profesor Wlodzimierz Zonn, el médico Jan Gadomski y el profesor Eugeniusz Rybka.
Entre los que trabajaron allí se destacan el Profesor Eugeniusz Rybka, el Dr. Jan Gadomski y el Profesor Wlodzimierz Zonn.
La agencia tiene su sede en París, Francia, y sus oficinas en el exterior - Operaciones - Oficina en Arlington, Virginia.
La agencia tiene su oficina central en Arlington, Virginia y su oficina internacional en París, Francia.
El nuevo líder de Gerakan Tiga Daerah era Sarjiyo, que se convirtió en el regente principal de Pekalongan.
El líder principal de ``Gerakan Tiga Daerah'' era Sarjiyo, que se convirtió en el nuevo regente de Pekalongan.
Holmes describió a Moriarty de la siguiente manera:
Moriarty describió a Holmes de la siguiente manera:
Duncan McIntyre nació el 6 de octubre de 1899 en Kent, Inglaterra, hijo del capitán Ivor Ewing McIntyre.
Duncan McIntyre nació el 6 de octubre de 1899 en Kent, Inglaterra, hijo del capitán Ivor Ewing McIntyre.
Margaret llegó a Lyon el 2 de noviembre de 1631, habiendo navegado en el ``New England'', y fue aceptada en la iglesia de Boston como miembro n.º 111.
Margaret llegó a Nueva Inglaterra el 2 de noviembre de 1631, viajó en el ``Lyon'' y fue aceptada en la Iglesia de Boston como el miembro número 111.
Ukhrul también es un lugar turístico del estado de Manipur.
Manipur también es un lugar turístico del estado de Ukhrul.
Ubicado al este de Chestnut Ridge, al sur de Nanuet, al oeste de Blauvelt, Nueva York, y al norte de Montvale y Old Tappan, Nueva Jersey.
Está ubicado al este de Nanuet, al sur de Chestnut Ridge, al oeste de Blauvelt, Nueva York, y al norte de Montvale y Old Tappan, Nueva Jersey.
En 1993, cuando Platzer abrió su segundo restaurante en Allentown, le cambió el nombre a P. J. Whelihan para honrar a su abuelo Peter Joseph Whelihan.
Cuando Peter Joseph Whelihan abrió su segundo restaurante en Allentown en 1993, cambió el nombre a P. J. Whelihan's en honor a su abuelo, Platzer.
Pennmakkal es una película malayo-india de 1966, producida por J. Sasikumar y dirigida por KP Kottarakkara.
Pennmakkal es una película india-malaya puesta en escena por J. Sasikumar y producido por KP Kottarakkara.
Publicó y escribió los prefacios de las ediciones de Tommaso Campanella (1934), Thomas More (1935) y Robert Owen (1950).
Publicó y escribió los prólogos de las ediciones de Robert Owen (1934), Thomas More (1935) y Tommaso Campanella (1950).
Aprende que su cuerpo usa el Shinra Banshou, un pergamino que contiene el arte secreto más poderoso en el mundo ninja de Nabari.
Aprende que su cuerpo porta el Shinra Banshou, un pergamino que guarda el arte secreto más poderoso del mundo Ninja de Nabari.
Es un famoso centro de peregrinación ubicado a 78 kilómetros de Dharwad y a 37 kilómetros de Belgaum.
Es un célebre centro de peregrinación ubicado a 78 kilómetros de Bélgica y a 37 kilómetros de Dharwad.
Raja fue un general de Pazhayamviden Chandu, cuya traición condujo a la muerte de su Pazhassi Raja y a la victoria británica en la Guerra de Cotiote.
Pazhayamviden Chandu fue general de Pazhassi Raja, cuya traición provocó la muerte de su Raja y la victoria británica en la guerra de Cotiote.
"En 1933 Cattell escribió que, de todas las razas nórdicas, ""la raza europea era la más evolucionada en inteligencia y estabilidad en el temperamento''."
En 1933, Cattell escribió que, de todas las razas europeas, la ``raza nórdica era la de inteligencia más desarrollada y la de mayor estabilidad en el temperamento.
Se desempeñó como misionero para la iglesia HLT en Checoslovaquia y fue obispo de Nevada.
Prestó servicios como misionario para la Iglesia SUD en Checoslovaquia y fue obispo en Nevada.
Irina Spîrlea venció a Brenda Schultz 6 -- 4, 1 -- 6, 7 -- 6.
venció a Brenda Schultz 6 -- 4, 1 -- 6, 7 -- 6.
"Adam Surat (""Fuerza interior'') es una película documental dirigida por Tareque Masud en 1989 sobre el pintor bengalí Sheikh Mohammed Sultan."
"Adam Surat (""The Inner Strength"") es una película documental bangladesí de 1989 sobre el pintor bangladesí Sheikh Mohammed Sultan, dirigida por Tareque Masud."
La aerolínea fue desarrollada por Irelandia, que también ha creado otras cinco aerolíneas, a saber VivaColombia, Ryanair, Allegiant Air, VivaAerobus y Tigerair.
La aerolínea fue establecida por Irelandia, que también había desarrollado otras cinco aerolíneas, a saber VivaColombia, Ryanair, Allegiant Air, VivaAerobus y Tigerair.
El grupo hizo una gran gira y fue famoso en Israel e incluso tocó en la Ciudad de Nueva York en 2007.
El grupo hizo muchas presentaciones y se volvió famoso en Israel, e incluso realizó un tour en la ciudad de Nueva York en 2007.
Emily Ann Morelli (nacida el 27 de marzo de 1984 en Emily Ann Lloyd ) es una actriz estadounidense.
Emily Ann Lloyd (nacida con el nombre Emily Ann Morelli el 27 de marzo de 1984) es una actriz estadounidense.
Los conservadores habían acampado en la parte oeste del río Catawba, mientras que el Ejército del general Charles Cornwalli acampó en la parte este.
Los partidarios habían acampado en el lado oeste del río Catawba mientras que el ejército del general Charles Cornwalli acampaba en el lado este.
Esta lista contiene palabras en lengua croata con al menos 10 letras. Algunas de las palabras de esta lista provienen del latín y del griego.
La lista contiene palabras en griego con al menos 10 letras, algunas de las cuales provienen del latín y el croata en esta lista.
Nacido en Bayonne, New Jersey, Longo concurrió a la secundaria Marista en la ciudad de Jersey, New Jersey y a la Universidad de Rhode Island.
Longo, que nació en Bayonne, Nueva Jersey, visitó Marist High School en Jersey City, Nueva Jersey y la Universidad de Rhode Island.
Around the World in 80 Minutes with Douglas Fairbanks es un documental americano precódigo de 1931, dirigido por Douglas Fairbanks y Victor Fleming, y escrito por Robert E. Sherwood.
In 80 minutes around the world with Douglas Fairkanks es un documental estadounidense anterior al código de 1931 dirigido por Douglas Fairbanks, Victor Fleming y Robert E.
Ali asumió el poder después de la muerte de Muawiyah y estableció una dinastía.
Luego de la muerte de Ali Muaviyah, ascendió al poder y estableció una dinastía.
Fue escrita por Billy Gierhart y dirigida por Seth Hoffman.
Fue escrita por Billy Gierhart y dirigida por Seth Hoffman.
La película recibió críticas negativas, pero después de su lanzamiento en VHS y en DVD, se convirtió en una favorita de culto con comentarios favorables en Amazon e IMDB.
La película recibió reseñas negativas, pero después del lanzamiento en VHS y DVD, él se convirtió en un favorito del culto con comentarios favorables en Amazon e IMDB.
Es el medio hermano de Lord Clarence Paget, Lord Alfred Paget y Lord George Paget.
Era el medio hermano de Lord Clarence Paget, Lord Alfred Paget y Lord George Paget.
Los componentes de los sistemas potenciales elásticos almacenan energía mecánica si se deforman cuando se le aplican fuerzas al sistema.
Los componentes de los sistemas mecánicos almacenan energía potencial elástica si se deforman en el sistema cuando se aplican fuerzas.
Dijo que Easipower era
Se dice que Easipower era,
El cultivo fue introducido en 1880 por Fernando Heydrich en Matanzas, Cuba.
Su cultivo en Cuba lo introdujo en el año 1880 Fernando Heydrich en Matanzas.
Fue el primero de tres hoteles de tercera clase que se construyeron en el distrito comercial central.
Este fue el primero de tres hoteles de tercera clase que se construyeron en el distrito comercial central.
"Alexandra Coppinger representó el papel de Hazel, la hermana menor, en la nueva serie de televisión ""Dead Gorgeous""."
"En la nueva serie de televisión ""Difuntas Encantadoras"", Hazel interpretó el rol de la hermana más joven, Alexandra Coppinger."
Ibn Amira nació en Alzira, la provincia de Valencia.
Ibn Amira nació en la provincia de Alzira en Valencia.
Lusaghbyur (anteriormente romanizado como Lusakhpyur; Svanverdi y Svan) es un pueblo ubicado en la provincia Shirak de Armenia.
Lusaghbyur (también romanizado como Lusakhpyur; anteriormente Svanverdi y Svan) es un pueblo en la provincia armenia de Shirak.
Estaba interesado particularmente en el efecto secundario de sus imágenes, compuestas por figuras estilizadas con capas largas o con gestos decorativos; se afectó el contenido narrativo.
Estaba particularmente interesado en el efecto decorativo de sus imágenes, que estaban compuestas por figuras estilizadas en capas largas o con sus gestos afectados, el contenido narrativo era secundario.
``Dawn'' es el episodio treinta y nueve (producción n.° 213) de la serie de TV'', la temporada número trece de la segunda temporada.
``Dawn'' es el episodio treinta y nueve (producción n.º 213) de la serie de televisión ``, la décimo tercera de la segunda temporada.
El 20 de febrero de 1959, el Primer Ministro John Diefenbaker completó el proyecto y se completaron las cinco flechas.
El 20 de febrero de 1959, el primer ministro John Diefenbaker finalizó el proyecto y se desmontaron las cinco flechas completas.
Esta película trata sobre Rafael, un cantante nuevo en la industria cinematográfica de Malayalam.
Esta película es sobre Rafael, un cantante malayalam en la nueva industria cinematográfica.
En 2014 el sitio lanzó las aplicaciones iOS y Android para la búsqueda de productos. Las características del producto incluyen reseñas de productos en vídeos interactivos con sesiones en vivo de preguntas y respuestas.
En 2014, el sitio lanzó aplicaciones para iOS y Android para la búsqueda de productos, las características del producto incluyen reseñas de productos en vídeos interactivos con sesiones en vivo de preguntas y respuestas.
A los 19 años, se mudó a Nueva York y en 2011 a Estocolmo.
Se mudó a Stockholm a la edad de 19 años y se mudó a Nueva York en 2011.
Según la temporada, la población de repollo en Norteamérica migró de Canadá hacia México.
La población de la oruga de col en América del Norte migra de México a Canadá, según las temporadas.
Presenta banquillos y vestuarios al estilo de la liga mayor y un centro de entrenamiento moderno, lo que lo vuelve uno de los centros más completos de la División NCAA II de béisbol universitario.
Tiene vestidores y una fosa espaciosa de estilo para la liga y un centro de entrenamiento moderno, que lo hace una de las instalaciones más completas de la División II del Béisbol Universitario de la NCAA.
Un EP llamado Dido Live con tres de las diecisiete canciones en vivo que formaban parte del DVD se lanzó en exclusivo por medio de la iTunes Store el 21 de junio de 2005.
Un EP denominado Dido Live, con tres de las diecisiete pistas en vivo en DVD, se lanzó exclusivamente de manera digital en iTunes Store el 21 de junio de 2005.
Dusty Baker se convirtió en el primer director negro en participar de una Serie Mundial y en asistir a ella desde Cito Gaston para Toronto.
Cito Gaston fue el primer mánager negro en participar en una Serie Mundial desde Dusty Baker por Toronto, y
En 1977, Rob Taylor viajó con Barber a Escocia y Noruega para escalar cascadas.
En 1977, junto con Rob Taylor, Barber viajó a Escocia y Noruega para escalar cascadas.
Un atolón en una Niau de la Polinesia Francesa se denomina por Greig Aleksey Greig.
Un atolón Niau de la Polinesia Francesa se denomina por Aleksey Greig Greig.
Se organizó un evento equivalente en Albert Park Lake en Melbourne, patrocinado por Fox FM (Melbourne, Australia).
Se realizó un evento similar en Albert Park Lake en Melbroune, esponsorizado por Fox FM (Melbourne, Australia).
Con estas innovaciones, la capacidad máxima alcanzada de un sistema BRT ha aumentado a 35 000 pasajeros por hora.
Estas innovaciones aumentaron la capacidad máxima lograda de un sistema BRT para 35 000 pasajeros por hora.
Eugene D. Engley nació el 5 de abril de 1851 en Attleborough, Massachusetts, hijo de James Henry Engley y su esposa, la ex Mary Kaley.
James Henry Engley nació el 5 de abril de 1851 en Attleborough, Massachusetts, hijo de Eugene D. Engley y su esposa, ex Mary Kaley.
Aunque la Unión de Rugby en Eslovenia era el centro principal de deportes de la antigua Yugoslavia, gran parte del rugby seguía jugándose en Croacia.
Aunque la unión de rugby en Eslovenia fue el centro principal del deporte en la antigua Yugoslavia, todavía se jugaba mucho rugby en Croacia.
Los planes malignos de Swayam por incriminar a Sujal y damnificar a los garewals fueron frustrados.
Se arruinaron los planes siniestros de Swayam de damnificar a Sujal y de incriminar a los garewalls.
Sterling Brown fue mejor conocido por su dialecto negro sureño auténtico.
Sterling Brown fue más conocido por su dialecto negro sureño auténtico.
Es la viuda de Bruce Paltrow y madre de la actriz Gwyneth Paltrow y del director Jake Paltrow.
Es la viuda de Jake Paltrow y la madre de la actriz Gwyneth Paltrow y del director Bruce Paltrow.
La postura estricta de Pearson contra el igualitarismo racial y político también se manifestó en una oposición consistente al marxismo y al socialismo.
La postura racista y política de Pearson contra el igualitarismo estricto también se manifestó en una oposición constante al marxismo y al socialismo.
Taylor permaneció activo hasta su muerte como un explorador del Chicago White Sox y Milwaukee y Atlanta Braves en béisbol.
Taylor siguió activo en béisbol como scout para los Atlanta Braves y los Milwaukee y los Chicago White Sox hasta su muerte.
La temporada comenzó el 6 de enero de 1984 en Falun (Suecia) y terminó en Lygna (Noruega) el 11 de marzo de 1984.
La temporada comenzó el 6 de enero de 1984 en Falun, Noruega, y terminó el 11 de marzo de 1984 en Lygna, Suecia.
Actualmente, el museo cambiante de las casas castillo exhibe y alberga varias colecciones etnográficas.
Hoy el castillo hospeda exposiciones de museo que cambian y aloja varias colecciones etnográficas.
Longo nació en Bayonne, Nueva Jersey, y asistió a Marist High School en la ciudad de Jersey, Nueva Jersey y a la Universidad de Rhode Island.
Longo nació en la ciudad de Jersey, New Jersey, y concurrió a la secundaria Marista en Bayonne, New Jersey, y a la Universidad de Rhode Island.
Cuanto Platzer abrió su segundo restaurante en Allentown en 1993, cambió el nombre a P. J. Whelihan's en honor a su abueno, Peter Joseph Whelihan.
En 1993, cuando Peter Joseph Whelihan abrió su segundo restaurante en Allentown, le cambió el nombre por P. J. Whelihan's en honor a su abuelo, Platzer.
Su padre, Alfie Byrne, fue representante, senador y alcalde de Dublin, otro hermano de Patrick Byrne también fue TD.
Su padre, Patrick Byrne, fue delegado, senador y alcalde de Dublín, su otro hermano Alfie Byrne también era TD.
Más tarde se mudó a Suiza y luego a Italia, donde conoció a Shelley y a Byron.
Luego se mudó a Suiza y más tarde a Italia, donde conoció a Shelley y Byron.
Sus mejores puestos en las competencias fueron el décimo en 1960 y el octavo en 1968.
Sus mejores puestos en la competencia fueron el octavo lugar en 1960 y el décimo en 1968.
Wright se mudó a Nueva York desde Chapel Hill, NC.
Wright se mudó de Nueva York a Chapel Hill en NC.
Holly Holly fue influenciada por Elton John en materia musical.
Elton John fue influenciado musicalmente por Holly.
Eliza era la hija de su hermana Judith, que había muerto alrededor de 1748.
Eliza fue hija de su hermana Judith que había muerto alrededor de 1748.
Sus padres eran Jogaila ``el Hierro'' y su esposa Helen de Lituania, una de las sobrinas del rey Juan II de Polonia.
Sus padres fueron John ``Iron'' y su esposa Helen de Lituania, sobrina del Rey Jogaila de Polonia.
La producción en masa de películas electrónicas y digitales estaba directamente relacionada con la industria cinematográfica convencional hasta la aparición de la tecnología de vídeos pornográficos.
Hasta la aparición de la tecnología de vídeo electrónica y digital, la producción en masa de películas pornográficas estaba directamente relacionada con la industria cinematográfica convencional.
Aclamado por Richard Gibson y el pintor de cámara Peter Lely, se lo considera tan exitoso como Joan Carlile.
Richard Gibson y el pintor de cámara Joan Carlile la consideran tan exitosa como Peter Lely.
Más tarde, durante el ataque a Andrew, el conde de Angoulême, Richard sería de las tropas de Adhemar.
Más tarde, Andrew sería la fuerza de Richard durante el ataque a Adhemar, conde de Angoulême.
Brough y Shatton es una parroquia civil de Hope Valley en el distrito de High Peak de Derbyshire, Inglaterra.
Brough y Shatton es un municipio de Hope Valley en el distrito High Peak de Derbyshire en Inglaterra.
Soto nació en Fort Worth, pero se mudó a la edad de un año a Monterrey en México.
Soto nació en Fort Worth, pero se mudó a Monterrey, México, cuando tenía un año.
Neville se casó con Edith Cranstoun Macnamara, la hija mayor del Sr. H. T. J. Macnamara, quien fuera en algún momento Juez de los Tribunales del Condado y Comisionado del ferrocarril.
Neville se casó con Edith Cranstoun Macnamara, la hija mayor del Sr. H. T. J. Macnamara, que era juez de los tribunales del condado e inspector del ferrocarril al mismo tiempo.
El equipo respondió a los cambios en el siguiente juego de la misma tarde del 19 de febrero.
El equipo respondió a los cambios en el mismo juego de la tarde del 19 de febrero siguiente.
Robbins nació en Coventry el 21 de septiembre de 1933, con su gemelo David, los hijos octavo y noveno de los doce de Charles y Jessamine Robbins.
David nació el 21 de septiembre de 1933 en Coventry con su padre Charles gemelo de Jessamine Robbins, los hijos octavo y noveno de doce de los Robbin.
Cuando una superficie tiene una curva desarrollable de constante cero, luego es una superficie euclidiana y la geometría de la superficie es una geometría gaussiana.
Cuando una superficie presenta una curvatura gaussiana constante de cero, esta es una superficie desarrollable y la geometría de su superficie es euclidiana.
Su estado como pueblo satélite de Kuala Lumpur está relacionado con su ubicación en el corazón del Valle Klang en Malasia.
Su estado como ciudad satélite del Valle Klang está relacionado con su ubicación en el corazón de Kuala Lumpur, Malasia.
Emily Ann Morelli (que nació como Emily Ann Lloyd el 27 de marzo de 1984) es una actriz norteamericana.
Emily Ann Lloyd (nacida Emily Ann Morelli el 27 de marzo de 1984) es una actriz estadounidense.
Shook era una revista de música británica producida de manera independiente con base en Londres que abarcaba varias formas de la música negra y la música electrónica.
Shook fue una revista de música electrónica producida en el underground de Londres que abarcaba varias formas de música británica y música negra.
Piper City fue diseñada por Samuel Cross de Nueva York y William A. Piper de Filadelfia en 1867 (5 de marzo de 1820 - 6 de julio de 1896).
Piper City fue diseñada en 1867 por Samuel Cross de Nueva York y William A. Piper (5 de marzo de 1820 -- 6 de julio de 1896) de Filadelfia.
Al momento de su muerte, David Cardinal Beaton era Lord Canciller de St Andrews, Arzobispo de Escocia y Cardenal Legado en Escocia.
David Cardinal Beaton era Lord Canciller de Escocia al momento de su muerte, Arzobispo de St. Andrews y Cardenal Legado de Escocia.
Navarro es un partido del noreste de Argentina en la provincia de Buenos Aires.
Navarro es un partido del noreste de Argentina en la provincia de Buenos Aires.
Nacido en Brasil, vivió en Corea del Sur durante 9 años desde 2002 y allí jugó al fútbol durante 5 años. Comenzó su carrera profesional en 2007.
Nacido el Corea del Sur, vivió durante 9 años en Brasil desde 2002, jugó allí fútbol durante 5 años y comenzó su carrera en 2007.
Nichols (41.479113, -91.308291) está ubicado en la Sección 15 del Condado Muscatine County, al oeste del Municipio de Pike Iowa.
Nichols está ubicado en (41.479113, -91.308291) en la sección 15 del condado de Muscatine, situado en el extremo oeste de Pike Township de Iowa.
Entre los trenes más populares están: Simanta Express y Rupsha Express a Khulna, Titumir Express a Rajshahi, Nilesagar Express a Dhaka y Lalmoni Express a Dhaka.
Entre los trenes más populares se encuentran: el Simanta Express y el Rupsha Express a Dhaka, el Titumir Express a Dhaka, el Nilsagar Express a Rajshahi y el Lalmoni Express a Khulna.
Cher y MCA fueron las etiquetas con las que Kapp tuvo más éxito en los 70. y las conservó hasta 1974.
Capp y MCA fueron las etiquetas con las que Cher tuvo más éxito en los setenta, y las conservó hasta 1974.
Nacido en Australia, Lang se mudó a Israel de joven y se estableció allí en 1961.
Lang nació en Israel, emigró a Australia de joven y se estableció allí en 1961.
Cai Feng también tuvo un hijo, Cai Mao.
También Cai Mao tuvo un hijo, Cai Feng.
Luego se mudó a Suiza y más tarde a Italia, donde conoció a Shelley y a Byron.
Más tarde se mudó a Suiza y luego a Italia, donde conoció a Shelley y a Byron.
Lloyd fundó y lideró su empresa para empezar a vender juguetes y regalos, y expandió la House of Lloyd, asentada en Grandview, Missouri, mientras crecía el negocio de regalos.
Lloyd fundó y dirigió su empresa para comenzar a vender juguetes y regalos, y expandió la sede de House of Lloyd ubicada en Grandview, Missouri a medida que la industria de los regalos creció.
El río Neajlovel es un afluente del río Neajlov en Rumania.
El río Neajlov es un afluente del río Neajlovel en Romania.
El Monte DeVoe es una montaña en la isla Vancouver, de Columbia Británica, Canadá, ubicada al sudeste de Rambler Peak y al sur de Gold River.
Mount DeVoe es una montaña en Vancouver Island, Columbia Británica, Canadá, ubicada al sureste de Gold River y al sur de Rambler Peak.
Martins Pena nació en Río de Janeiro y es hijo de João Martins Pena y Francisca de Paula Julieta Pena.
Martins Pena nació en Río de Janeiro, hijo de Pena João Martins y Francisca de Paula Julieta Pena.
La historia de la 188.° división de misiles comienza el 29 de abril de 1941, cuando se completó la formación de la 46.° división del rifle en Kaunas.
La historia de la División 46 de Cohetes comienza el 29 de abril de 1941, cuando la formación de la División 188 de Rifles se completó en Kaunas.
El Campus Azusa de la Universidad Azusa Pacific está ubicado en San Gabriel Valley, al noreste de Los Angeles.
La ciudad universitaria de Azusa en la Universidad Azusa Pacific está ubicada en el valle de San Gabriel, al noreste de Los Ángeles.
Buccinum pulchellum es una especie de caracola de mar, un verdadero molusco gasterópodo de la familia Buccinidae, los buccinos marinos.
Buccinum pulchellum es una especie de caracol marino, un auténtico molusco gasterópodo de la familia Buccinidae, los caracoles marinos.
La siguiente tabla compara el desempeño de LOD, procesamiento posible y un método detalle en bruto (fuerza completa).
La siguiente tabla compara el desempeño de LOD aware rendering y un método de detalle completo (``brute force'').
Murió el 19 de septiembre de 1891 en Gallatin, Tennessee, y recibió un masón en Gallatin.
Bunting murió el 19 de septiembre de 1891 en Gallatin, Tennessee. Recibió un funeral masónico en Gallatin.
Durante el primer año, Larco Hoyle recibió algunos consejos de su tío, Victor Larco Herrera, fundador del mismo museo en Lima.
Durante ese mismo año, Larco Hoyle recibió algunos consejos de su tío, Victor Larco Herrera, fundador del primer museo en Lima.
Fue entrenado por John Velazquez y en sus carreras más importantes fue montado por el jinete Dale Romans.
Fue entrenado por Dale Romans y montado por el jinete John Velazquez en sus carreras más importantes.
"El 25 de junio de 1866 se lo nombró como obispo de ""Nisa in Lycia"", y obispo titular de Velletri."
"Fue asignado como obispo auxiliar de ""Nisa in Lycia"" y obispo titular de Velletri el 25 de junio de 1866."
Lograron cierto éxito, espectáculos en vivo en Melbourne, Geelong y Shepparton.
Consiguieron algo de éxito con sus actuaciones en vivo en Shepparton, Geelong y Melbourne.
El hermano menor de Tim Tim, Tod Leiweke, actualmente es el director de operaciones de la Liga Nacional de Fútbol Americano desde 2015.
Tim, el hermano menor de Tod Leiweke, actualmente, es el director de operaciones de la Liga Nacional de Fútbol desde 2015.
Joey Shamah fue reemplazado por Tarang P. Amin, quien ha sido nombrado presidente, director general, y director de E.l.f.
Tarang P. Amin ha sido reemplazado por Joey Shamah, quien es el Presidente, Gerente General y Director de E.l.F.
California era una comunidad agraria japonesa en Livingston, Yamato Colony, California.
Yamato Colony, California era una comunidad agrícola japonesa ubicada en Livingston, California.
Su padre, Alfie Byrne, fue diputado, TD, senador y alcalde de Dublín, y otro hermano, Patrick Byrne, también fue TD.
Su padre Patrick Byrne fue un MP, TD, senador y alcalde de Dublín. Otro hermano Alfie Byrne también fue TD.
Jonas Björkman y Fabrice Santoro le ganaron a Martin Damm y Radek Štěpánek en las finales 6-2, 6-4.
Martin Damm y Radek Štěpánek ganaron en la final 6--2 , 6--4 contra Jonas Björkman y Fabrice Santoro.
También puede utilizarse vapor y no necesita bombeo.
El vapor también se puede bombear y no es necesario utilizarlo.
Michael Liebel Sr. tenía 14 años cuando sus padres vinieron a Alemania desde Erie a Pensilvania.
Michael Michael Liebel Sr. tenía 14 años cuando sus padres vinieron de Erie a Pensilvania en Alemania.
Una nueva idea religiosa de una triple diosa es central en el movimiento moderno de Wicca.
Una idea moderna de triple divinidad es central para el nuevo movimiento religioso de Wicca.
Si las elecciones locales de 1983 hubieran sido una elección parlamentaria, la Izquierda Socialista hubiera recibido 8 bancas del Parlamento.
Si la elección parlamentaria de 1983 hubiera sido una elección local, la Izquierda Socialista hubiera recibido 8 bancas en el parlamento.
Es un famoso centro de peregrinación ubicado a 78 kilómetros de Dharwad y a 37 kilómetros de Bélgica.
Es un célebre centro de peregrinación ubicado a 78 kilómetros de Belgaum y a 37 kilómetros de Dharwad.
La isla es rocosa con laderas escarpadas y poco terreno.
La isla es empinada con bordes rocosos y tiene muy poca tierra.
Una transición de fase de un ferromagneto a un paramagneto es continua y es de segundo orden.
La transición de fase de ferromagnético a un paramagnético es continua y es de segunda orden.
Se desempeñó como vidriero y trabajó con diversos instrumentos musicales con muchas bandas diferentes.
Apareció como vidriero y trabajó con muchas bandas diferentes en varios instrumentos musicales.
Colaboró con arquitectos contemporáneos como Francesco Grimaldi, Bartolomeo Picchiatti y Giovan Giacomo Di Conforto.
Trabajó en conjunto con arquitectos contemporáneos como Francesco Grimaldi, Bartolomeo Picchiatti y Giovan Giacomo Di Conforto.
Apenas 10 días después, se vendió junto con Aaron Heilman a los Seattle Mariners para Ronny Cedeño.
Solo 10 días después, se vendió con Aaron Heilman a los Marineros de Seattle para Ronny Cedeño.
Según la Oficina de Censo de Estados Unidos, Southport tiene un área total de la cual es tierra y, o 0,91%, es agua.
NS
La Rusia imperial era un Gran ducado autónomo antes de su independencia dentro de Finlandia.
Antes de su independencia, Finlandia era un gran ducado autónomo dentro de la Rusia imperial.
Lloyd fundó y dirigió su negocio para empezar a vender juguetes y regalos, y expandió House of Lloyd, ubicada en Grandview, Missouri, cuando creció la industria de los regalos.
Lloyd expandió su negocio para comenzar con la venta de juguetes y regalos, y fundó y dirigió House of Lloyd, ubicada en Grandview, Missouri, cuando la industria de los regalos comenzó a crecer.
"""El castillo de Taunton"" estaba en Penang el 1.° de agosto y en Río de Janeiro el 31 de octubre."
``Taunton Castle'' estuvo el 1 de agosto en Río de Janeiro y el 31 de octubre en Penang.
La región administrativa de Chenzhou en la dinastía Tang está bajo la administración de los Zhouhou modernos en el este de Henan:
La Región Administrativa de Chenzhou de la Dinastía Tang se encuentra bajo la administración del moderno Henán al este de Zhoukou:
Se anunció un análisis de millones de llaves RSA públicas de Internet por parte de Lenstra, Hughes, Augier, Bos, Kleinjung y Wachter en 2012.
Se anunció un análisis de millones de llaves RSA públicas recopiladas de Internet por parte de Lenstra, Hughes, Augier, Bos, Kleinjung y Wachter en 2012.
La primera esposa de Roger Mortimer fue Joan Mortimer, hija de James 2do Barón de Audley.
La primera esposa de Roger Mortimer fue Joan Mortimer, hija de James, 2.º Baron Audley.
Dusty Baker se convirtió en el primer gerente negro en participar y asistir a una Serie Mundial desde Cito Gaston por Toronto.
Cito Gaston se convirtió en el primer mánager negro en participar en la Serie Mundial desde Dusty Baker por Toronto y
Huyghe nació en 1962 en Chile y Nueva York y vive y trabaja en París.
Nacido en París en 1962, Huyghe vive y trabaja en Chile y en Nueva York.
También le donó $ 34 000 a Ted Cruz y US $ 7000 a Mitt Romney, incluida su campaña presidencial de 2016.
También donó US $ 34 000 a Ted Cruz y US $ 7000 a Mitt Romney, incluida su campaña presidencial de 2016.
Rami Nieminen (nacido el 25 de febrero de 1966) es un futbolista finlandés.
Rami Nieminen (nacido el 25 de febrero de 1966) es un ex jugador de fútbol finlandés.
Olivia Loe comenzó a remar en 2004, y Jessica Loe la siguió en 2006.
En 2004, Olivia Loe tomó los remos, y Jessica Loe la siguió en 2006.
La ex interprete de Las Vegas, Margaret Whitton (Rachel Phelps) hereda el equipo de béisbol Cleveland Indians por parte de su difunto esposo, Donald.
La anteriormente showgirl de Las Vegas Margaret Whitton (Rachel Phelps) hereda el equipo de béisbol Cleveland Indians de su esposo fallecido, Donald.
Jools Holland y McEwen se divorciaron en 1995 y desde entonces ella ha estado casado con el músico Ned Lambton.
Jools Holland y McEwen se divorciaron en 1995. Desde entonces, ella estuvo casada con el músico Ned Lambton.
Loveland ocupó el primer piso como oficina mercantil y el segundo piso sirvió como templo masónico.
The Loveland ocupaba el segundo piso como área mercantil y el primer piso era un templo masónico.
Eran poco frecuentes en el Reino Unido, pero bastante frecuentes en Europa, al menos en locomotoras grandes.
Eran comunes en el Reino Unido, pero poco frecuentes en Europa, al menos para locomotoras grandes.
Sir Thomas Dutton (1.° de agosto de 1421-23 de septiembre de 1459) fue un caballero medieval inglés. Era hijo de Sir John Dutton y Margaret Savage
Sir Thomas Dutton (1 de agosto de 1421 - 23 de septiembre de 1459 ) fue un caballero medieval inglés, hijo de Sir John Dutton y Margaret Savage.
Las sugerencias de Met para realizar la ampliación desde Paddington hasta South Kensington y del este desde Moorgate hasta Tower Hill hacia el sur se aceptaron el 29 de julio de 1864 y recibieron la aprobación real.
Las propuestas del Met de extender el sur desde Paddington hasta South Kensington y el este desde Moorgate hasta Tower Hill fueron aceptadas y recibieron la confirmación real el 29 de julio de 1864.
Rashidi no fue acusado, pero las autoridades marroquíes lo repatriaron cuando lo arrestaron.
A Rashidi no se lo acusó, pero fue repatriado por las autoridades marroquíes cuando lo arrestaron.
Los secretarios anteriores fueron John MacKay, que recibió un MBE por los servicios de horticultura escocesa, Alison Murison, Tom Mabbott y el Dr. John MacLennan.
Los secretarios anteriores incluyen a MacKay, quien recibió un MBE por los servicios de Horticultura Escocesa, Alison Murison, Tom Mabbott y el Dr. John MacLennan.
La mezquita más grande, Al Farooq Masjid de Midtown Atlanta, está ubicada en la ruta 14.a en Atlanta.
La mezquita más grande, Al Farooq Masjid de Midtown Atlanta, está ubicada en 14th Street de Atlanta.
Nacido en 1920 en Laguna, California, se graduó de la Facultad de Choate de Connecticut y visitó la Facultad de Pomona y la Universidad del Sur de California.
Utley nació en Laguna, California en 1920. Se graduó en la escuela Choate de Connecticut y asistió a Pomona College y a la Universidad del Sur de California.
Manga tiene un videojuego para Sega Mega Drive en Japón y Asia con el mismo nombre.
El manga tiene un videojuego para Mega Drive de Sega con el mismo nombre en Asia y en Japón.
"En ""La vuelta al mundo en 80 minutos"" con Robert E. Sherwood, es una película documental estadounidense anterior al código del director Douglas Fairbanks de 1931, escrita por Douglas Fairbanks y Victor Fleming."
En La vuelta al mundo en 80 minutos con Douglas Fairbanks, un documental previo al código de 1931 es dirigido por Douglas Fairbanks y Victor Fleming y Robert E. Sherwood.
Era el primo del jugador de nacionalidad checa Jaroslav Hlinka e hijo del ex jugador Miroslav Hlinka.
Fue el primo del jugador nacional checo Miroslav Hlinka e hijo del exjugador Jaroslav Hlinka sr.
Tienen 13 espinas anales blandas, de 11 a 13 rayos dorsales blandos, 2 espinas traseras y de 11 a 13 rayos anales.
Tienen 13 espinas anales blandas, de 11 a 13 rayos dorsales blandos, 2 espinas dorsales y de 11 a 13 rayos anales.
Bajo el polvo y las pinturas impresionantes parcialmente descubiertas, se completaron las pinturas medievales barrocas.
Debajo del polvo y las pinturas impresionantes parcialmente descubiertas, se terminaron las pinturas medievales barrocas.
Hasta el final de la Segunda Guerra Mundial, el mayor número de católicos romanos estaba en el territorio de Yugoslav Banat de origen alemán.
Hasta el final de la Segunda Guerra Mundial, la mayor parte de los católicos romanos en el territorio de la Banat alemana eran de etnia yugoslava.
El Briquet Griffon Vendeano tiene una cabeza corta, orejas largas y un abrigo doble peludo.
El Briquet Griffon Vendéen tiene una doble cabeza frondosa, orejas hacia abajo y pelaje corto.
Está ubicado al este de Chestnut Ridge, al sur de Nanuet, al oeste de Blauvelt, Nueva York, y al norte de Montvale y Old Tappan, Nueva Jersey.
Está ubicado en Chestnut Ridge, al sur de Nanuet, al oeste de Blauvelt, Nueva York, y al norte de Montvale y Old Tappan, New Jersey.
"Sin embargo, en verdadera continuidad, Superman conoce al actual Zod por primera vez en ""Last Son''."
"En real continuidad, Superman en ""Last Son'' se encuentra con el actual Zod por primera vez."
Un atolón en Niau de la Polinesia Francesa recibe su nombre por Greig Aleksey Greig.
Un atolón en Niau, Polinesia francesa, es llamado Aleksey Greig en honor a Greig.
Wright se mudó de Chapel Hill, NC a Nueva York.
Se anunció el 22 de diciembre de 2011 y fue lanzado en febrero de 2012.
Se registró el 22 de diciembre de 2011 y se lanzó en febrero de 2012.
El Houston Main Building (HMB) antes conocido como el Prudential Building era un rascacielos en el Centro Médico de Texas en Houston, Texas.
El Prudential Building (HMB) anteriormente el Houston Main Building, era un rascacielos en el Centro Médico de Texas, Houston, Texas.
Una casa se carga de energía enojada y da forma al espíritu necromántico en su interior.
Una casa está cargada con energía enojada y le da forma al espíritu necromántico interior.
El campeonato de 2007 tuvo lugar el 21 y el 28 de enero en Spokane, Washington, en el Spokane Convention Center y en la Arena Spokane.
El campeonato de 2007 se desarrolló entre el 21 y el 28 de enero en Spokane, Washington, en la Arena Spokane y en el Centro de convenciones de Spokane.
Jonas Björkman y Fabrice Santoro ganaron la final 6-2, 6-4, frente a Martin Damm y Radek Štěpánek.
Martin Damm y Radek Štěpánek les ganaron a Jonas Björkman y Fabrice Santoro por 6:2, 6:4 en la final.
El patriarca estadounidense de Jerusalén, Nourhan Manougian, dijo que los armenios están siendo tratados como ''ciudadanos de tercera.
"Nourhan Manougian, tercer patriarca de Jerusalem, declaró que a los armenios se los trata como ""ciudadanos de clase armenia""."
Hugh L. Scott había escogido al Teniente Carpenter para organizar y comandar a Troop L (compuesto por indios Kiowa, Comanche y Apache) para la 7ma Caballería.
Hugh L. Scott había seleccionado al teniente Carpenter para organizar y comandar la Tropa L (compuesta por indios Kiowa, Comanche y Apache) de la 7.a Caballería.
"También publicaron la segunda canción del álbum, ""Vices'', como el 5to. simple del álbum el 13 de junio."
"También publicaron la quinta pista del álbum, ""Vices'', como segundo simple del álbum el 13 de junio."
Esta especie ahora está en la familia de los lagartos, conocida como Iguanidae, subfamilia Polychrotinae, y no se clasifica más dentro de la actualmente inválida familia polychrotidae.
Este gen ahora está en la familia de los lagartos conocidos como Iguanidae, subfamilia Polychrotinae, y ya no se clasifica en la actualmente inválida familia Polychrotidae.
Vive en Maribor y Liubliana, Eslovenia, Eslovenia, y dirige la mayoría en Eslovenia y Croacia.
Vive en Maribor y Liubliana, Eslovenia, y dirige en Eslovenia y en Croacia.
Los barcos de la Clase Siegfried tenían un largo total en la línea de flotación y de largo.
Los barcos del tipo Siegfried eran en general largos en la línea de flotación.
"Donde ""e"" es la carga electromagnética de la partícula y A es el potencial eléctrico del vector del campo electromagnético."
"Donde ""e"" es la carga eléctrica de la partícula y A es el potencial del vector magnético del campo electromagnético."
También vale la pena tener en cuenta que el siguiente código funcionaría sin ADL (se le aplicará de todas maneras).
También cabe aclarar que el siguiente código funcionaría sin ADL (se aplica de manera indistinta).
Las naciones Macedonia, Kenia, Azerbaiyán, Uruguay y Venezuela participaron en sus primeros Juegos Olímpicos de Invierno.
Las naciones de Azerbaiyán, Kenia, Macedonia, Uruguay y Venezuela participaron de sus primeros Juegos Olímpicos de Invierno.
Finale es una ciudad de Sudáfrica en la provincia de Limpopo de la municipalidad del distrito de Mopani.
Finale es una ciudad de la municipalidad del distrito de Mopani en la provincia de Limpopo, Sudáfrica.
João Martins Pena y Francisca de Paula Julieta Pena nacieron en Río de Janeiro de Pena Martins.
nació Martins Pena en Río de Janeiro, João Martins Pena y Francisca de Paula Julieta Pena.
Las sugerencias de Met de expandir desde Paddington a South Kensington, y al este desde Moorgate hasta Tower Hill hacia el sur, fueron aceptadas el 29 de julio de 1864 y recibieron la aprobación de los reyes.
Se aceptaron las propuestas de Met para extender hacia el este desde Paddington hasta South Kensington y hacia el sur desde Moorgate hasta Tower Hill y recibieron la sanción real el 29 de julio de 1864.
Un grupo de expertos internacionales estudió el impacto del accidente y concluyó que nadie había muerto ni sido envenenado como resultado del accidente.
Un grupo de expertos independiente e internacional examinó el impacto del accidente y concluyó que nadie había sido envenenado ni había fallecidos como resultado del accidente.
"La ""Guillotina"" se utilizó por última vez en Alemania oriental en 1949, en 1966 en Alemania occidental."
La ``Guillotina'' se utilizó por última vez en Alemania Occidental en 1949, en 1966 en Alemania Oriental.
Ambas hijas fallecieron antes que él, Tosca en 1976 y Janear en 1981.
Ambas hijas, antes de que muriera, Tosca en 1976 y Janear en 1981
Erginus galkini es una especie de caracol marino, una auténtica lapa, un auténtico molusco gasterópodo de la familia Lottiidae, una de las familias de lapas marinas.
Erginus galkini es una especie de caracol marino, una auténtica lapa, un auténtico molusco gasterópodo de la familia Lottiidae, una de las familias de lapas marinas.
Las propuestas de Met de ampliación de Paddington hasta South Kensington y al sur desde Moorgate hasta Tower Hill en el sur fueron aceptadas y recibieron aprobación real el 29 de julio de 1864.
Las propuestas del Met para extenderse al este desde Paddington hasta South Kensington y al sur desde Moorgate hasta Tower Hill fueron aceptadas y recibieron consentimiento real el 29 de julio de 1864.
Zingone jugó fútbol de clubes para Lito.
Zingone jugó para el club de fútbol Lito.
El cuarto fue provocado por la renuncia de Joseph Hemphill un tiempo después de mayo de 1826, ocupado por Thomas Kittera.
El cuarto se produjo por la renuncia de Joseph Hemphill tiempo después de mayo de 1826, el cual lo cubrió Thomas Kittera.
Ivor Ewing McIntyre nació el 6 de octubre de 1899 en Kent, Inglaterra, hijo del capitán Duncan McIntyre.
Duncan McIntyre nació en Kent, Inglaterra el 6 de octubre de 1899, hijo del Capitán Ivor Ewing McIntyre.
Hoppkorv fue el último álbum de la banda de rock y blues estadounidense Hot Tuna, y su séptimo álbum de estudio grabado para Grunt Records, como Grunt BFL1-1920.
Hoppkorv fue el último álbum de los American blues - La banda de rock Hot Tuna y su séptimo álbum de estudio para Grunt Records, como Grunt BFL1-1920.
El movimiento está en período prolongado, sin embargo, hay partes comunes en 3/4.
El movimiento se encuentra en un tiempo prolongado, aunque están en 324 secciones comunes.
Malcolm Fraser, que había vencido a Whitlam en un desprendimiento de la elección federal de diciembre de 1975, le ofreció a Egerton una distinción por servir al movimiento sindical.
Whitlam, que había derrotado de forma aplastante a Malcolm Fraser en las elecciones federales en diciembre de 1975, le ofreció a Egerton la distinción por haber servido a los sindicatos.
En 1924 fue un portavoz invitado por el ICM en Toronto, en Oslo en 1932 y en 1936 en Zúrich.
Fue un orador invitado del ICM en Toronto en 1924, en 1932 en Oslo y en 1936 en Zúrich.
Cook Pond, también conocido anteriormente como lago Laurel, está ubicado al sudeste del río Taunton y al oeste de South Watuppa Pond.
En el extremo sur, Cook Pond, también llamado anteriormente como Laurel Lake, está ubicado al este del río Taunton y al oeste de South Watuppa Pond.
Su padre, Alfie Byrne, fue representante, senador y alcalde de Dublin, otro hermano, Patrick Byrne, también fue TD.
Su padre Alfie Byrne fue Miembro del Parlamento, TD, Senador y Alcalde de Dublin. Otro hermano, Patrick Byrne, también fue TD.
"En agosto, después del final de la guerra en junio de 1902, Higgins Southampton abandonó la ""SSBavarian"" y regresó a Ciudad del Cabo al mes siguiente."
"Después de finalizada la guerra en junio de 1902, Higgins Cape Town dejó el ""SSBavarian"" en agosto y regresó al siguiente mes a Southampton."
Después de la ceremonia de la boda en su ciudad natal de Barcelona, España, la pareja recién casada voló a Sakarya.
Después del casamiento en su ciudad natal, Sakarya, la pareja voló a Barcelona, España.
El tindi es una lengua caucásica del noreste hablada en la República de Daguestán en Rusia.
Tindi es un idioma caucásico del noreste que se habla en la República rusa de Daguestán.
"A principios de la temporada, formó parte de la alianza ""Moving Company"", junto con Howard, Jeremy, McCrae y Nick."
"Junto con Nick, Jeremy, McCrae y Howard, fue parte de la alianza ""Moving Company"" al principio de la temporada."
En su estudio de Berlín estas figuras colgaban de la pared: Schopenhauer, Maxwell, Faraday.
En su estudio de Berlín, tres figuras colgaban de la pared: Schopenhauer, Maxwell y Faraday.
El 29 de noviembre de 1171, Gonzalo Ruiz de Bureba firmó un certificado por primera vez como ''Gonzalo.
El 29 de noviembre de 1171, Gonzalo firmó como ``Gonzalo Ruiz de Bureba'' por primera vez.
La fundación New Ways to Work se fundó en 1972 y es una organización sin fines de lucro fundada por el Área de la Bahía de San Francisco.
En 1972 nació la fundación New Ways to Work, una organización sin fines de lucro fundada en el área de la bahía de San Francisco.
En 1994, el volumen ``Aspects of Religion'', publicado por Peter Masefield y Donald Wiebe, se editó en su honor.
En 1994, se publicó en su honor el volumen ``Aspects of Religion'', publicado por Peter Masefield y Donald Wiebe.
Cher y MCA fueron las etiquetas con las que Kapp tuvo más éxito en los setentas, y las mantuvo hasta 1974.
Kapp y MCA fueron las etiquetas con las que Cher tuvo más éxito en los setenta y las mantuvo hasta 1974.
Bala se encuentra sobre una planicie alta y nevada, los veranos son cálidos y los inviernos fríos.
Bala se encuentra sobre una planicie alta y nevada, los veranos son cálidos y los inviernos son fríos.
"En 1997, apareció como Sheila Dixon en ""Coronation Street'' y Naomi Russell en 1998."
En 1997, apareció como Naomi Russell en ``Coronation Street'' y en 1998 como Sheila Dixon.
"""Dream"" fue representada en el Royal Opera House (Teatro Real de Ópera), en Covent Garden, en 1961, producida por John Gielgud y conducida por Georg Solti."
"""Dream"" fue interpretada en 1961 en el Teatro Real de Ópera (Royal Opera House) en Covent Garden, producida por John Gielgud y dirigida por Georg Solti."
Al momento de su muerte, David Cardinal Beaton era Lord Canciller de Escocia, Arzobispo de St Andrews y Cardenal Legado en Escocia.
Al momento de su muerte, David era Cardinal Beaton lord canciller de St. Andrews, arzobispo de Escocia y delegado cardenal de Escocia.
John Byron se casó con Mary Byron, hija de Sir Lucas de Newstead en Nottinghamshire.
John Byron se casó con Mary Byron, hija de Sir Lucas de Newstead, Nottinghamshire.
"El director Hayao Miyazaki y su colega de largo tiempo Isao Takahata fueron autorizados a crear su propio estudio bajo la dirección del antiguo editor ""Animage'' Toshio Suzuki."
También le permitió al director Hayao Miyazaki y a su colega de largo plazo Toshio Suzuki crear su propio estudio bajo la supervisión del antiguo editor de ``Animage'', Isao Takahata.
El río Boia Mică es un afluente del río Valea Sterminoasă en Romania.
El río Valea Sterminoasă es un afluente del río Boia Mică en Romania.
Hunter le dice inmediatamente a su padre, Zac MacGuire (Charlie Clausen), y a Evie.
Dile inmediatamente su padre, Charlie Clausen (Zac MacGuire) y Evie.
Donde la ``e'' es la carga magnética de la partícula y A es el vector eléctrico potencial del campo electromagnético.
"Mientras que ''e"" es la carga eléctrica de la partícula y A es el vector potencial magnético del campo electromagnético."
Jugó al fútbol entre condados con su club local Adrigole y fue miembro del equipo Cork Gaelic en la década de 1960 y de 1970.
Jugó al fútbol intercondados de categoría sénior con su club local, Adrigole, y fue miembro del equipo gaélico de Cork en las décadas de 1960 y 1970.
En 2012, Augier, Hughes, Lenstra, Bos, Kleinjung y Wachter anunciaron un análisis de millones de claves RSA públicas en Internet.
En 2012 se anunció un análisis que comparaba millones de claves públicas de la RSA recolectadas de la internet, realizado por Augier, Hughes, Lenstra, Bos, Kleinjung y Wachter.
Cuando se aplica presión a un material viscoelástico como un polímero, partes de la larga cadena de polímeros cambia de posición.
Cuando se aplica tensión a un material viscoelástico como un polímero, se produce un cambio de las partes del polímero de cadena larga.
Durante dos años, McMillan pasó por Royal Medical Corp. en Didcot -- y más tarde en Tidworth, donde gestionó una MRS para los soldados heridos en la guerra de Corea.
McMillan pasó dos años en el Royal Medical Corp. en Tidworth, y después en Didcot, donde se operaba un MRS para soldados heridos en la Guerra de Corea.
Dos líneas operan diariamente la línea de Dearne Valley a York y Sheffield.
Dos servicios funcionan diariamente en la línea de Dearne Valley a York y Sheffield.
El astrónomo e investigador de OVNIS Edward Weiler y el director del Goddard Space Flight Center Jacques Vallee también asistieron a TGS.
El astrónomo e investigador de ovnis Jacques Vallee y el director del Goddard Space Flight Center Edward Weiler también asistieron a TGS.
Al momento de su muerte, David Cardinal Beaton era Lord canciller de St. Andrews, arzobispo de Escocia y cardenal legado en Escocia.
David Cardinal Beaton era lord canciller de Escocia, arzobispo de St. Andrews y cardinal enviado papal de Escocia al momento de su muerte.
Ambas hijas, antes de su muerte, lo hicieron Tosca en 1976 y Janear en 1981.
Ambas hijas murieron antes que él, en Tosca en 1976 y en Janear 1981.
Durante su campaña, debatió con McCain dos veces, una vez en Tucson y la otra en Flagstaff.
Durante su campaña electoral, debatió dos veces con McCain, una en Tucson y una vez en Flagstaff.
Cuando el Grupo de Combate 33.º quedó inactivo, se fusionó con el Grupo Táctico 33.º como Grupo de Combate Táctico 33.º.
Aunque el Grupo de Combate 33.º estaba inactivo, se fusionó con el Grupo Táctico 33º como Grupo de Combate Táctico 33º.
El Papa propuso una solución en 1980 que fue rechazada por Chile y aprobada por Argentina.
El Papa propuso en 1980 una solución que fue aceptada por Chile y rechazada por Argentina.
La ciudad de Dakota es parte del Área Estadística Metropolitana de la ciudad de Sioux, IA -- NE -- SD.
La Ciudad de Dakota forma parte del Área Estadística Metropolitana NE - Ciudad de Sioux, IA -- SD.
Vermont limita con Mitcham al norte, Nunawading y Forest Hill al oeste, Vermont South al sur y Wantirna y Ringwood al este.
Vermont South limita al norte con Mitcham, al oeste con Nunawading y Forest Hill, al sur con Vermont y al este con Wantirna y Ringwood.
Mark Knowles y Daniel Nestor ganaron el título tras vencer a Jonathan Erlich y Andy Ram 5 : 3, 5 : 4 en la final.
Jonathan Erlich y Andy Ram ganaron el título, derrotando a Mark Knowles y Daniel Nestor 5 - 3, 5 - 4 en la final.
Las estrellas Lilie Rabe, Timothée Chalamet, Lili Reinhart, Anthony Quintal, Oscar Nunez y Rob Huebel.
La película es protagonizada por Oscar Nunez, Rob Huebel, Timothée Chalamet, Lily Rabe, Anthony Quintal y Lili Reinhart.
NS
Nozomu Sasaki interpreta la voz de Mackie en japonés, y Frank Trimble en inglés en la serie original.
El 13 de noviembre de 2016, el Adjunto Dennis Wallace fue asesinado en Fox Grove Park cerca de la ciudad de Hughson en manos de David Machado.
El 13 de noviembre de 2016, David Machado asesinó a Dennis Wallace en Fox Grove Park cerca de la ciudad de Hughson.
"Hay un Peri cuya fuerza aparece en su cabello en la novela de Elizabeth Ann Scarborough, ""The Harem of Aman Akbar"", de 1984."
"Una peri, cuyo poder radica en el cabello, aparece en la novela de Elizabeth Ann Scarborough de 1984 ""The Harem of Aman Akbar''."
La escuela tiene aulas bien mantenidas y capacidades inteligentes, la mayoría de las clases son buenas clases.
La escuela ha mantenido bien los salones y buenos profesores. La mayoría de las clases son clases inteligentes.
Más tarde se mudó a Suiza y luego a Italia, donde conoció a Shelley y Byron.
Después se mudó a Suiza y más tarde a Italia, donde conoció a Shelley y Byron.
En 1920 y 1921, en Venecia, los italianos ganaron. Ningún otro país ingresó en 1920, y en 1921 los franceses no empezaron.
En 1920 y 1921 en Venecia, se unieron los italianos. Ninguna otra nación ganó en 1920 y en 1921 la entrada francesa no comenzó.
La serie tuvo su debut el 8 de abril de 2009 en Nueva Zelanda por medio de Nickelodeon (Australia y Nueva Zelanda).
La serie tuvo su debut en Nueva Zelanda el 18 de abril de 2009 en Nickelodeon (Australia y Nueva Zelanda).
Por ejemplo, 32W000 en el condado de DuPage queda a 32 millas al oeste de State St., 38000 en Lake County serían 38 millas al norte de Madison Street.
Por ejemplo, 32W000 en el condado de DuPage queda a 32 millas al oeste de State St., 38000 en el condado de Lake serían 38 millas al norte de Madison Street.
Long nació en Israel, migró de joven hacia Australia y se instaló allí en 1961.
Nacido en Israel, Lang emigró a Australia de joven y se estableció allí en 1961.
Las elecciones locales de 1927 en Zagreb se celebraron el 4 de septiembre, 7 días antes de las elecciones parlamentarias.
Las elecciones parlamentarias en Zagreb de 1927 se realizaron el 4 de septiembre, 7 días antes que las elecciones locales.
El río Arieşul Mare es un afluente del río Válcea en Romania.
El río Vălcea es un afluente del río Arieşul Mare en Romania.
En 1955, la nueva parroquia se fusionó con otra, y la Iglesia de la Santa Trinidad en Prince Consort Road se convirtió en una iglesia parroquial anglicana.
En 1955, la comunidad anglicana se fusionó con otra, y la Iglesia de la Sagrada Trinidad en Prince Consort Road se convirtió en la nueva parroquia.
El completo tiene 7 pistas rojas, 3 pistas azules, 2 pistas negras y una pista verde.
El complejo tiene 7 pistas rojas, 3 azules, 2 negras y una verde.
En 1966, Leslie Waddington abrió su propia galería en Cork Street en Londres con el apoyo de Alex Bernstein, miembro de la dinastía media de Granada.
En 1966, comenzó su propia galería en Cork Street en Londres, Leslie Waddington tenía el apoyo de Alex Bernstein, un miembro de la dinastía mediática de Granada.
El 22 de septiembre de 1918, se envió la primera comunicación telegráfica inalámbrica a Snowdonia desde Australia.
El 22 de septiembre de 1918, Snowdonia envió el primer mensaje de telégrafo inalámbrico a Australia.
Hardwick apareció en ``Coronation Street'' en 1997 como Naomi Russell y en 1998 como Sheila Dixon.
"En 1997, apareció como Naomi Russell en ""Coronation Street'' y en 1998 como Sheila Dixon."
Su hijo, Aloka Liyanage, está casado con la hija del actor Jackson Anthony, el padre de Saumya Liyanage y de Indrachapa Liyanage.
Su hijo Aloka Liyanage está casado con la hija del actor Jackson Anthony. También es el padre de Saumya Liyanage y de Indrachapa Liyanage.
El regimiento abandonó Filadelfia en octubre de 1777 para unirse al ejército principal del General George Washington en las afueras de Boston.
El regimiento se retiró de Boston en octubre de 1777 para unirse al Ejército principal del general George Washington fuera de Filadelfia.
La cocina inglesa dominaba la comida colonial temprana; pero mientras llegaban inmigrantes de otros países, otras sopas nacionales ganaron popularidad.
La cocina dominaba la comida colonial temprana, pero otras sopas nacionales ganaron popularidad mientras los nuevos inmigrantes llegaban de otros países.
Tres brigadas (11 batallones) fueron entrenadas para la guerra convencional, y se creó una fuerza de guerrilla numerosa (estimada en 100.000).
Para la guerra convencional, se prepararon tres brigadas (11 batallones), y se entrenó una fuerza de guerrilla grande (de aproximadamente 100.000).
"Un personaje en ""Detection Unlimited"", una novela de misterio escrita por Armstrong, se compara con Georgette Heyer."
En ``Detection Unlimited'', una novela de misterio escrita por Armstrong, se compara un personaje con Georgette Heyer.
La provincia de Badakhshan es uno de los 28 distritos del distrito de Ishkashim del este de Afganistán.
El distrito de Ishkashim es uno de los 28 distritos de la Provincia de Badakhshan al este de Afganistán.
En 1888, el consejo de Sydney Water asumió el control del abastecimiento de agua para Sídney en lugar del municipio.
En 1888, el Ayuntamiento había tomado el control del suministro de agua de Sídney por sobre la Sydney Water Board.
Murió en Milwaukee, Wisconsin, donde se retiró el 5 de mayo de 1903.
Se recluyó en Wisconsin, Milwaukee, donde falleció el 5 de mayo de 1903.
Aunque son intercambiables, las partes de la carrocería no son similiares en los 2 autos.
Aunque similar, las partes de la carrocería de los 2 automóviles no son intercambiables.
Billie Jean König derrotó a Rosalyn Fairbank 6 - 2, 6 - 1.
Billie Jean King venció a Rosalyn Fairbank 6 -- 2, 6 -- 1,
En 1933, Cattell escribió que, de todas las razas europeas, la ``raza nórdica era la de inteligencia más desarrollada y estabilidad de temperamento.
En 1933, Cattell escribió que de todas las razas nórdicas, ``era la raza europea en inteligencia y estabilidad de temperamento la más desarrollada''.
Hubo algo de violencia contra los grupos judíos paramilitares en los primeros años de la República de Weimar, que fue liderada por los Freikorps alemanes.
En los primeros años de la República de Weimar, hubo violencia contra los judíos paramilitares, conducida por los freikorps alemanes.
Rainbach im Innkreis es una municipalidad del distrito de Schärding en el estado de Alta Austria.
Rainbach im Innkreis es una municipalidad en el distrito de Alta Austria en el estado austriaco de Schärding.
Propilidium pelseneeri es una especie de caracoles de mar, una lapa auténtica, un molusco gasterópodo marino de la familia de los Lepetidae, una de las familias de lapas auténticas.
Propilidium pelseneeri es una especie de caracol de mar, una verdadera lapa, un adecuado molusco gasterópodo de la familia Lepetidae, una de las familias de lapas marinas.
El Canal de Oxford se abrió en 1790 y el camino se denominó Calle Canal alrededor de 1870.
Canal Street se abrió en 1790 y la calle recibió el nombre por el Canal Oxford de 1870.
La imagen en la página es una imagen de dos dimensiones en contraposición al antes presentado en 3D.
La imagen al costado es una imagen preemitida doble como opuesta a una dimensional 3D.
"""T"" es similar a una matriz cuyas entradas diferentes a cero se encuentran sobre una superdiagonal, por la forma canónica Jordiana."
En 1966, él comenzó su propia galería en Cork Street en Londres, Leslie Waddington tenía el apoyo de Alex Bernstein, un miembro de la dinastía mediática de Granada.
En 1966, abrió su propia galería en Cork Street en Londres, Alex Bernstein contó con el apoyo de Leslie Waddington, miembro de la dinastía media de Granada.
El siguiente lanzamiento fue creado por el hermano de Ron Robert Fuller en 1986.
El siguiente lanzamiento lo creó el hermano de Robert Fuller, Ron, en 1986.
La Diócesis católica romana de Bungoma es una diócesis ubicada en la ciudad de Kisumu en la provincia eclesiástica de Bungoma en Kenya.
La diócesis católico romana de Bungoma es una diócesis en la ciudad de Kisumu en la provincia eclesiástica de Bungoma en Kenya.
La película cuenta con muchos elementos propios de un musical, con secuencias largas de ópera, y fue criticada por ser más musical que de terror.
La película tiene muchos elementos de un musical, con largas secuencias de ópera y ha recibido críticas por ser más musical que espantosa.
El prosipho crassicostatus es una especie de caracol marino, un auténtico molusco gasterópodo de la familia buccinidae, los buccinos marinos.
Prosipho crassicostatus es una especie de caracol marino, un auténtico molusco gasterópodo de la familia Buccinidae, los buccinos marinos.
Santa Cruz está ubicado en las costas del río Santa Cruz, que fluye hacia la parte oriental de la Laguna de Baý.
La laguna de Bay está ubicada a las orillas del río Santa Cruz, que corre hacia la parte este de Santa Cruz.
"Una Peri cuyo poder proviene de su cabello aparece en la novela de Elizabeth Ann Scarborough ""The Harem of Aman Akbar"" de 1984."
"Una peri, cuyo poder parece estar en su cabello, aparece en la novela de 1984 de Elizabeth Ann Scarborough, ""The Harem of Aman Akbar""."
Stephen Pearl Andrews fue un anarquista individualista y compañero cercano de Josiah Warren.
Josiah Warren fue un anarquista individualista y aliado cercano de Stephen Pearl Andrews.
Sin embargo, las iniciales del texto combinan elementos carolingios con formas de animales de manera ingeniosa.
Las iniciales en el texto, sin embargo, combinan elementos ingeniosos con formas de animales en forma de escritura carolingia.
Thomas Bryn representó a Råbyggelaget Amt (Even Aust-Agder) en la Asamblea Constituyente Noruega en 1814, junto con Torkildsen Lande y Ole Knudsen Tvedten.
Junto con Even Torkildsen Lande y Ole Knudsen Tvedten, Thomas Bryn representó el Råbyggelaget Amt (ahora Aust- Adder) en la asamblea constituyente de Noruega en 1814.
Sobrevivió gracias a su esposa, la ex Barbara Crutchley, sus hijos Norman F. Boas y Donald P. Boas y su hija, Helen Tuthill Sisson.
Le sobrevivieron su esposa, la ex Bárbara Crutchley, sus hijos Norman F. Boas y Donald P. Boas y su hija Helen Tuthill Sisson.
"La obra se imprimió en 1631 con el subtítulo ""The School of Complement'', en un cuarto publicado por Elizabeth Allde para el vendedor de libros Francis Constable."
"La obra se publicó en 1631 con el título ""The School of Complement"" impreso en cuartos por Elizabeth Allde para el librero Francis Constable."
"Migvan (""iluminado'' con colores) es un pequeño kibutz urbano ubicado en la ciudad de Sderot en el noroeste del desierto de Negev en Israel."
"Migvan (""encendida'' colorida) es una pequeña ciudad kibutz en la ciudad de Sderot en el desierto noroeste de Negev en Israel."
de Ruiter, nacido en Leiden, jugó para el FC Utrecht, el FC Den Bosch, el Excelsior, el RKC Waalwijk y el FC Emmen.
Nacido en Leiden, de Ruiter jugó para el RKC Waalwijk, el FC Den Bosch, el Excelsior, el FC Utrecht y el FC Emmen.
NS
En 2014, el sitio lanzó aplicaciones para iOS y Android para la búsqueda de productos; el producto ofrece comentarios de productos en video en vivo con sesiones interactivas de preguntas y respuestas.
Ely era nieto de Crabb Robinson, que era un viejo amigo de John Towill Rutt.
Talfourd Ely fue nieto de Crabb Robinson, que era un antiguo amigo de John Towill Rutt.
Aguas arribas está el abandonado Michigan Central Railway Bridge, que compitió con su predecesor, el Whirlpool Rapids Bridge, con el Niagara Cantilever Bridge por el transporte ferroviario.
Apenas aguas arriba está el abandonado Michigan Central Railway Bridge, que con su predecesor Whirlpool Rapids Bridge compitieron por el tránsito ferroviario con el Niagara Cantilever Bridge.
El libreto lo escribió el colaborador de largo tiempo de Dhawan Anees Bazmee y Rumi Jaffery.
El guion fue escrito por el colaborador de largo plazo de Dhawan, Anees Bazmee y por Rumi Jaffery.
Un EP denominado Dido Live con tres de las diecisiete pistas en vivo del DVD fue lanzado en exclusivo a través de iTunes Store en formato digital el 21 de junio 2005.
Un EP denominado Dido Live con tres de las diecisiete pistas en vivo del DVD fue lanzado digitalmente en exclusivo en iTunes Store el 21 de junio de 2005.
Dharmendra Yadav de RJD venció a Poonam Devi que representaba a JDU en el 2000.
Poonam Devi de RJD derrotó a Dharmendra Yadav en 2000 como JDU.
Históricamente, CIMMYT ha recibido fondos de la Fundación Rockefeller y la Comisión Europea.
Históricamente, CIMMYT recibió financiación de la Comisión Europea y la Fundación Rockefeller.
Venció a Jiří Veselý, Oliver Oliver Golding, 5--7, 6-3, 6--4
Oliver Golding venció a Jiří Veselý, 5--7, 6--3, 6--4
"En ""Detection Unlimited"", la novela de misterio escrita por Georgette Heyer, uno de los personajes se compara con Armstrong."
"En ""Detection Unlimited'', una novela de misterio escrita por Georgette Heyer, se compara a un personaje con Armstrong."
Su nombre, Afolabi, significa ``nacido en la riqueza``. Su apodo en Nigeria es Robocop debido a sus movimientos rígidos.
Su nombre, Afolabi, significa ''nacido de la riqueza``, su sobrenombre en Nigeria es Robocop por sus movimientos rígidos.
Se publicó el 28 de enero de 2008 en los Estados Unidos por Angular Recording Corporation y el 18 de marzo de 2008 en el Reino Unido por Domino Records.
Angular Recording Corporation lo publicó el 28 de enero de 2008 en el Reino Unido y Domino Records lo publicó el 18 de marzo de 2008 en los Estados Unidos.
Gokal Pur es un censo al noreste en el estado indio de Delhi
Gokal Pur es una ciudad de censo en el distrito de Delhi en el estado indio del nordeste.
La ABC publicó la grabación el 27 de marzo de 1997 y la transmitió como video y DVD.
La ABC transmitió la grabación el 27 de marzo de 1997 y lo lanzó en formato de video y DVD.
Luego de su muerte en 1946, sus documentos para este proyecto seguían estando en un estado bruto de uniformidad.
Al momento de su fallecimiento en 1946, los documentos de su proyecto se encontraban en estado preliminar de manera uniforme.
Después de que Finch regresara al campamento principal, Mitchell llegó con noticias trágicas.
Luego de que Finch hubiera regresado al campamento principal, Mitchell llegó con noticias trágicas.
Pennmakkal es una película malayo-india puesta en escena por J. Sasikumar y producida por KP Kottarakkara.
Pennmakkal es una película malayo-india de 1966, producida por J. Sasikumar y dirigida por KP Kottarakkara.
65 soldados fueron asesinados durante la misión: 34 nigerianos, 28 chadianos, 2 togoleses y 1 burkinabé.
Durante la misión, 65 soldados murieron: 34 chadianos, 28 nigerianos, 2 togoleses y 1 burkinés.
NS
El operador diferencial, escrito por William Rowan Hamilton y llamado Del o Nabla, se define simbólicamente en forma de vector.
Cordell Crockett tocó el bajo en 5 canciones, con el bajista Ugly Kid Joe y Nathan Slade tocando el bajo en el resto.
Nathan Slade tocó el bajo en 5 canciones y el bajista Cordell Crocket de Ugly Kid Joe tocó el bajo en las restantes canciones.
Ahora presenta modernos rascacielos, nuevas zonas comerciales, una gran estación de tren Metra contemporánea y varias instalaciones de servicio y minoristas nuevas.
Ahora presenta modernos edificios altos, largas calles comerciales contemporáneas, una nueva estación de trenes Metra y varias instalaciones nuevas de minoristas y servicios.
La serie de televisión italiana AleX fue escrita por Alfredo Castelli, Guglielmo Duccoli y Giorgio Schottler y producida por videotime.
La serie de televisión italiana AleX fue producida por Giorgio Schottler, Guglielmo Duccoli y Alfredo Castelli y escrita por Videotime.
NS
Charlie nació en 1979 de Simon y Megan Pace, vivió en Manchester, Inglaterra.
Después de que muriera Juan de Austria en 1578, Felipe II le permitió que eligiera su propia residencia.
Después de que muriera Felipe II de Austria en 1578, Juan le permitió elegir su propia residencia.
El río Milcov es un río afluente del río Dilcov en Rumania.
El río Dilcov es un afluente derecho del río Milcov en Rumania.
Los pasajeros del avión eran el teniente coronel Gerald K. Hannaford, el capitán Donald Grant Millard y el capitán John F. Lorraine.
Los ocupantes de la nave eran el coronel Gerald K. Hannaford, el Capitán Donald Grant Millard y el Capitán John F. Lorraine.
"La última pista, ""Every Morning'' es la versión acústica en guitarra de la primera pista ""Morning''."
"El primer tema, ""Every Morning"", es la versión acústica de la última versión en guitarra de ""Morning""."
Era el primo del jugador de nacionalidad checa Miroslav Hlinka e hijo del ex jugador Jaroslav Hlinka sr.
Era el primo del jugador nacional checo Jaroslav Hlinka y el hijo del exjugador Miroslav Hlinka sr.
Después de prestar servicio, Lockhart vivió en Florida, pero recientemente se mudó a Texas.
Después de su servicio, Lockhart vivió en Florida, pero recientemente se mudó a Texas.
Los primeros tres hoteles se construyeron en Israel en los 80, seguidos por el ``Patio Eilat Resort Hotel'' en Francia.
"Los primeros tres hoteles fueron construidos en la década del 80 en Israel, seguido por ""Patio Eilat Resort Hotel"" en Francia."
La serie converge en casi todo lugar.
Luego, la serie converge en casi todas partes.
Yazva es un río en Perm Krai, Rusia, un afluente izquierdo del río Molmys.
El río Yazva es un río en Perm Krai, Rusia, un afluente izquierdo del río Molmys.
Elton John tuvo influencia musical de Holly.
Holly Holly fue influenciado musicalmente por Elton John.
Megan Young de China PR coronó a su sucesora Yu Wenxia de las Filipinas al final del evento.
En el final del evento, Yu Wenxia de China PR coronó a su sucesora Megan Young de Filipinas.
C. R. Gregory lo compró en 1834 en el monasterio de Saba, y Robert Curzon lo vio en 1883.
Lo compró Robert Curzon en 1834 en el monasterio de Saba. C. R. Gregory lo vio en 1883.
Frederick Brown fue el presidente del Consejo; Henry Wrixon fue el presidente de comisiones.
El presidente del Consejo era Henry Henry Wrixon, el presidente de los comités era Frederick Brown.
La final la ganó Jonathan Dasnières de Veigy con 7-6, 7-6 contra Andrey Kuznetsov.
Andrey Kuznetsov ganó la final 7 - 6, 7 - 6 contra Jonathan Dasnières de Veigy.
La Calle Canal se abrió en 1790 y se denominó Oxford Canal alrededor de 1870.
El Canal de Oxford se abrió en 1790, y el camino se denominó Calle Canal alrededor de 1870.
"En cambio, una ganancia ""bruta'' puede ser asignada o transferida de otro modo por su propietario."
"En cambio, una ""recaudación"" de ganancias puede ser transferida por su propietario o asignarse de otra manera."
Como muchas comunidades étnicas de Uganda, incluidos los Langi, Acholi y Alur, los Luo no practican el ritual de la circuncisión en los varones como iniciación.
Al igual que muchas comunidades étnicas de Uganda, tales como Langi, Acholi y Alur, los Luo no practican el ritual de la circuncisión de los hombres como iniciativa.
En 1974, Lao PDR estableció el fondo de Etapa II con la ayuda del Banco Mundial, las Naciones Unidas y el Banco Asiático de Desarrollo.
En 1974, con el apoyo del Banco Mundial, de las Naciones Unidas y del Banco Asiático de Desarrollo, Lao PDR fundó la Stage II Fund.
Una semana más tarde fue trasladada al policlínico de la misma ciudad, donde fue operada del corazón y se recuperó de manera favorable.
Una semana después se lo trasladó al policlínico de la misma ciudad, donde fue operada del corazón y se recuperó de manera favorable.
El liderazgo agresivo demostró las esperanzas norcoreanas de reunificación y una intensificación del conflicto.
El liderazgo surcoreano demostró esperanzas enérgicas de reunificación y un aumento del conflicto.
Pete Sampras ganó 6 -- 7, 6 -- 4, 7 -- 6 contra Tim Henman en las finales.
Tim Henman ganó contra Pete Sampras en la final por 6-7, 6-4, 7-6.
Lloyd expandió su empresa para comenzar a vender juguetes y regalos, y fundó y dirigió la House of Lloyd, ubicada en Grandview, Missouri, cuando creció el negocio de regalos.
Lloyd fundó y fue líder de su empresa para comenzar a vender juguetes y regalos y amplió su compañía House of Lloyd con sede en Grandview, Missouri a medida que crecía su empresa de regalos.
Nació en Constantinopla (Estambul) el 5 de mayo de 1940 y falleció de cáncer en Atenas el 19 de noviembre de 2011.
Nació el 5 de mayo de 1940 en Constantinopla (Estambul) y falleció de cáncer en Atenas el 19 de noviembre de 2011.
"En 2009, Coolidge obtuvo un rol dramático en "" como Genevieve McDonagh."
En 2009, Genevieve McDonagh representó un papel dramático como Coolidge.
A principios de julio, Steve Whitley, el padre criminal de Harper Whitley y Garrett Whitley, y hermano de Benny Cameron.
A principios de julio, apareció Garrett Whitley, que es el padre criminal de Harper Whitley y Steve Whitley, y el hermano de Benny Cameron.
Bahrawal es una aldea en el distrito Bhopal de Madhya Pradesh, India. Está en el Berasia tehsil.
Bahrawal es un pueblo en el distrito de Berasia de Madhya Pradesh, India. Está ubicado en el Bhopal tehsil.
Que he perdido lo que dejé.
Que dejé lo que había perdido.
La música interpretada como Blackadder courts ``Bob'' es ``Fantasia on Greensleeves'' de Vaughan Williams.
La música que toca Bob ``Blackadder'' es ''Fantasia on Greensleeves'' de Vaughan Williams.
Tienen 13 vértebras dorsales, entre 11 y 13 aletas suaves dorsales, 2 vértebras anales y entre 11 y 13 aletas suaves anales.
Tienen 13 espinas dorsales, 11 a 13 aletas dorsales, 2 espinas anales y de 11 a 13 aletas anales.
La valla completa está ubicada principalmente en Nuevo México, Arizona y California, con la construcción en Texas.
La valla completa está localizada principalmente en Texas, con la construcción en Nuevo México, Arizona y California.
Entre los cantantes de la banda se encontraban Dorothy Crane, Jerry Lang, Betty Griffin, el hermano de Bernie, Walter Cummins y Scottee Marsh, quien posteriormente cantó con Tommy Dorsey.
Los cantantes que integraron la banda son Dorothy Crane, Walter Cummins, Betty Griffin, el hermano de Jerry Lang, Bernie, y Scottee Marsh, quien más tarde cantó junto a Tommy Dorsey.
Philip Powers lanzó un CD con temas de 14 de sus películas en el año 2008, que fue producido por 1M1 records.
Un CD con temas de sus catorce películas fue producido por Philip Powers en 2008 y editado por 1M1 Records.
En 1911, se reconstruyó el Ayuntamiento, que fue parcialmente destruido en 1945 y posteriormente restaurado en los 60.
En 1911 se reconstruyó el Ayuntamiento, parcialmente destruido en 1945 y restaurado en los 60.
Nació en Copenhage y falleció en Frederiksberg.
Nació en Frederiksberg y falleció en Copenhage.
Worcester es un pueblo y ciudad condado de Worcestershire, en Inglaterra.
Worcestershire es una ciudad y capital del condado de Worcester en Inglaterra.
Mei Shigenobu es la madre del nacional japonés Fusako Shigenobu, periodista.
Fusako Shigenobu es la madre del ciudadano japonés Mei Shigenobu, un periodista.
El campus de Azusa de Azusa Pacific University está ubicado en el Valle de San Gabriel, al noreste de Los Ángeles.
El campus de la Universidad Azusa Pacific está ubicado en el Valle de San Gabriel, situado al noreste de Los Ángeles.
Durante la campaña, debatió dos veces con McCain, una vez en Flagstaff y una vez en Tucson.
Durante su campaña, se enfrentó a McCain en debate dos veces, una en Flagstaff y otra en Tucson.
El acercamiento convencional a este requisito es el uso de paneles solares en un avión solar.
La aproximación solar a este requisito es el uso de paneles solares en un avión propulsado de manera convencional.
Lobethal Bierhaus es una cervecería regional con influencias del estilo alemán.
Lobethal Bierhaus es una cervecería alemana con influencias de estilo regional.
Fue nombrado fiscal del condado de Seneca en 1824, del condado de Williams en 1826 y del condado de Sandusky en 1827.
Fue designado abogado fiscal en 1824 para el condado de Williams, en 1826 para el condado de Seneca y para el condado de Sandusky en 1827.
En noviembre de 1989, Delaney fue miembro de la Bolsa de Valores de Nueva York y se convirtió en director ejecutivo sénior en Henderson Brothers, Inc. y Bear Wagner.
En noviembre de 1989, Delaney se convirtió en miembro de la bolsa de valores de Nueva York y fue consejero director general para Henderson Brothers, Inc. y Bear Wagner.
La mezquita más grande, Al Farooq Masjid de Atlanta, se encuentra en la Calle 14 del área metropolitana de Atlanta.
La mezquita más grande, Al Farooq Masjid del centro de Atlanta, está ubicada en la Calle 14 de Atlanta.
El río Măgheruş es un afluente del río Giuroc en Rumania.
El río Măgheruş es un afluente del río Giuroc Romania.
Un epigrama es un poema corto con un giro inteligente, o una afirmación concisa y graciosa.
Un epigrama es un poema conciso e ingenioso con un giro inteligente, o una corta afirmación.
En otros artículos, elogió las ideas económicas subyacentes del plan Schuman y exaltó la expansión del mercado común europeo.
En otros artículos, elogió las ideas económicas subyacentes del Plan Schuman y aplaudió la expansión del mercado común europeo.
El Parque Nacional Petkeljärvi es un parque nacional ubicado en Finlandia, en la región Ilomantsi en Karelia del Norte.
El Parque Nacional Petkeljärvi es un parque nacional de Finlandia en la región de Ilomantsi de Karelia del Norte.
Steve Whitley apareció primero a comienzos de julio. Es el padre criminal de Harper Whitley y Garrett Whitley y el hermano de Benny Cameron.
A principios de julio, Steve Whitley era el padre delincuente de Harper Whitley y Garrett Whitley, hermano de Benny Cameron.
Este es el estilo Zen de servir y comer comidas que se practica en los templos formales.
Esta es la manera formal de servir y comer las comidas que se practica en los templos Zen.
Pete Sampras ganó en la final 6-7, 6-4, 7-6 frente a Tim Henman.
Tim Tim Henman ganó contra Pete Sampras en la final 6--7, 6--4, 7--6.
El simple se publicó el 31 de octubre de 2015 y se anunció el 13 de noviembre de 2015.
El sencillo fue anunciado el 31 de octubre de 2015 y se estrenará el 13 de noviembre de 2015.
Casely Hayford estuvo también sumamente comprometido con el movimiento político para la emancipación de África.
Casely Hayford también estuvo profundamente involucrado en el movimiento africano para la emancipación política.
En mayo de 1983, una gira por el Reino Unido comenzó con el guitarrista adicional Robin George para las actuaciones en vivo.
Un tour por el Reino Unido comenzado en mayo de 1983, que cuenta con el guitarrista en vivo Robin George para presentaciones adicionales.
Oakham Ales es una cervecería inglesa ahora ubicada en Peterborough, Cambridgeshire, pero que primero se estableció en Oakham, Rutland.
Oakham Ales es una productora de cerveza inglesa, cuya primera sede fue en Oakham, Rutland, pero su sede actual es en Peterborough, Cambridgeshire.
Sher Mohammed Akhundzada (también conocido como Sher Ahmed Akhundzada) es un líder tribal que fue desde 2001 a 2005 gobernador de Helmand en Afganistán.
Sher Ahmed Akhundzada (también conocido como Sher Mohammed Akhundzada) es un líder tribal que fue el gobernador de Helmand en Afganistán desde 2001 hasta 2005.
Con su ayuda, el ejército de Aquilonia es vencido por el reino rival de Nemedia y ocupado.
Con su ayuda, la armada Aquilonia es derrotada y ocupada por la del reino rival de Nemedia.
Tres vidas distintas es una telenovela mexicana de 1969 producida por Televisa y originalmente transmitida por Telesistema Mexicano.
vidas distintas es una telenovela mexicana, producida por Televisa en 1969 y transmitida originalmente por Telesistema Mexicano.
Aprendió encuadernación en Caen y tipografía en París.
Aprendió encuadernación en París y tipografía en Caen.
``Trust in Me'' es una canción que escribieron Ned Wever, Milton Ager y Jean Schwartz.
``Trust in Me'' es una canción escrita por Jean Schwartz, Milton Ager y Ned Wever.
El río Dilcov es un afluente derecho del río Milcov en Rumania.
El río Dilcov es un afluente del río Milcov de Rumania.
El río Tabaci es un afluente del río Leurda en Rumania.
El río Leurda es un afluente del río Tabaci de Rumania.
En 1924, fue invitado como orador para ICM en Toronto, en Oslo en 1932 y en Zurich en 1936.
Fue el vocero invitado de la ICM en Toronto en 1924, en Zúrich en 1932 y en Oslo en 1936.
Un Khap es un clan, o un grupo de clanes relacionados, principalmente entre los Jats del este de Uttar Pradesh y del oeste de Haryana.
A A Khap es un clan o grupo de clanes relacionados, principalmente de los jats del este de Uttar Pradesh y Haryana occidental.
La ciudad de Cebú incluye las islas de Cebú, Central Visayas y la mitad este de Negros, el centro regional es Siquijor y Bohol.
La ciudad de Cebú incluye a las islas de Cebú, Central Bisayas y la mitad oriental de Negros. El centro de la región es Siquijor y Bohol. Sus provincias son:
Utley nació en Connecticut en 1920. Se graduó en la Choate School en Laguna, California, y concurrió a Pomona College y a la universidad del Sur de California.
Nacido en 1920 en Connecticut, se graduó de la Choate School en Laguna, California, y asistió a la Pomona College y a la Universidad del Sur de California.
"En julio de 2017, Elmer McCurdi fue el tema de un episodio de ""El Palacio de la Memoria"" con Nate DiMeo."
"En julio de 2017 Elmer McCurdy fue el centro de un episodio que ocurrió en ""The Memory Palace"" con Nate DiMeo."
Iluminación del Louvre: la pintura es más cálida y parece ser más tenue, pero puede ser el resultado del barniz de la superficie.
Iluminación en el Louvre: la pintura es más tenue y parece más cálida, pero parece ser el resultado del tono del barniz en la superficie.
Se lanzó un CD con temas de 14 de sus películas en 2008, realizado por Philip Powers y producido por 1M1 Records.
El CD de temas de catorce de sus películas fue lanzado en 2008 por Philip Powers y producido por 1M1 Records.
La ruta County Road 540 está a solo unas millas al sur de la State Road 540 en Highland City y se extiende al oeste desde la US 98 hasta la County Road 37B.
La carretera 540 del condado se encuentra a unas pocas millas al oeste de la carretera estatal 540 en Highland City y va hacia el sur desde US 98 hasta la carretera 37B del condado.
De su segundo matrimonio con el empresario Vasilis tiene un hijo, Babis Lazaridis.
De su segundo matrimonio con el hombre de negocios Babis Lazaridis tiene un hijo, Vasilis.
"En el año 2008, Folayan ganó el premio inspiración por ""Precious Leader within the Workplace""."
"En 2008, Folayan ganó el Precious Award como ""Líder inspirador en el lugar de trabajo''."
Mediante el uso de hipótesis analíticas, el lingüista puede formar nuevas oraciones y crear un manual de traducción.
El lingüista puede utilizar las hipótesis analíticas para formar nuevas oraciones y crear un manual de traducción.
Ahmet Delia empezó a ser activa temprano, durante la guerra albana que resistió contra el ejército serbo invasor en 1912.
Ahmet Delia participó desde el primer momento en la guerra albana de resistencia contra la invasión del ejército serbio en 1912.
Utley nació en Laguna, California en 1920. Se graduó de la Escuela de Choate en Connecticut y asistió a la Escuela de Pomona y a la Universidad del Sur de California.
Nacido en 1920 en Connecticut, se graduó de la Escuela de Choate en Laguna, California, y asistió a la Escuela de Pomona y a la Universidad del Sur de California.
Kapp y MCA fueron los sellos discográficos con los que Cher tuvo mayor éxito en los setenta y se mantuvo con ellos hasta 1974.
Cher y MCA fueron los sellos con los que Kapp tuvo más éxito en los setenta y permaneció con ellos hasta 1974.
Eran comunes en el Reino Unido, pero relativamente raros en Europa, al menos para las locomotoras grandes.
Estos eran relativamente comunes en el Reino Unido, pero en Europa, al menos en cuanto a locomotoras grandes, eran relativamente raras.
La temporada 1894--95 fue la cuarta temporada de Manchester City F.C. de la liga de fútbol americano y la tercera temporada en la Liga de Fútbol Americano.
La temporada 1894--95 fue la tercera temporada del fútbol de liga y la cuarta temporada de la liga de fútbol de Manchester City F.C.
Leigh Court Barn es una colecturía rodeada de maleantes en Pershore Abbey, construida a principios del siglo catorce para almacenar y producir para Leigh, Worcestershire, Inglaterra.
Leigh Court Barn es una colecturía rodeada por maleantes en la Pershore Abbey, construida a principios del siglo catorce para almacenar productos para Leigh, Worcestershire, Inglaterra.
Brewarrina Shire y las aldeas de Gongolgon, Angledool, Goodooga y el pueblo fantasma de Tarcoon.
Brewarrina incluye a Brewarrina Shire y a los pueblos de Gongolgon, Angledool y Goodooga y el pueblo fantasma de Tarcoon.
Se vacía en Peachtree Creek, que luego fluye hacia el río Chattahoochee, al sur de Vinings y Paces.
Fluye hacia Peachtree Creek, que luego fluye hacia el río Chattahoochee al sur de Vinings y Paces.
El movimiento es en tiempo extendido, a pesar de que hay secciones comunes en 3x4.
Aunque el movimiento está en tiempo extendido, hay secciones comunes en 3/4.
Este gen ahora está clasificado en la familia de las lagartijas, conocida como Iguanidae, subfamilia Polychrotinae y ya no está clasificada en la familia actual no válida, polychrotidae.
Este género se clasifica en la actualidad dentro de la familia de los lagartos, conocido como Iguanidae, subfamilia de los polychrotinae, y ya no entra en la clasificación de la ahora familia nula de los polychrotidae.
Aunque tradicionalmente se le atribuye a Fu Xi, el orden binario o lexicográfico de Shao Yung primero aparece en el siglo once d. C.:
Aunque primero se le atribuyó a Fu Xi, Shao Yung aparece como orden binario o lexicográfico tradicionalmente en el siglo once d. C.
Olivella miriadina es una especie de caracol de mar pequeño, molusco gasterópodo de la familia Olivellidae, los olivos enanos.
El olivella miriadina es una especie de caracol marino enano, un molusco gasterópodo pequeño de la familia olivellidae, las aceitunas marinas.
A finales de los 90, se expandió ampliamente a tiendas y supermercados de Seattle y está disponible en varios cafés de Mineápolis.
A finales de los 90, estaba ampliamente disponible en las tiendas y en los supermercados de Mineápolis, y está disponible en varios cafés en Seattle.
El río Boia Mică es un afluente del río Valea Sterminoasă en Rumania.
El río Valea Sterminoasă es un afluente del río Boia Mică en Rumania.
Además, son físicamente activos, libres para aprender y deseosos de explorar.
Además, están físicamente activos, libres de aprender y con ganas de explorar.
Gabriel Medina (BRA) ganó el torneo, quien derrotó a Joel Parkinson (AUS) en la final.
Joel Parkinson (BRA) ganó el torneo, quien venció Gabriel Medina (AUS) en la final.
El 14 de setiembre de 2006, Lang firmó con Washington Wizards y fue liberado de los Wizards en julio de 2017.
El 14 de septiembre de 2006, Lang firmó para los Washington Wizards. En julio de 2017, Lang fue liberado por los Wizards.
Wright se mudó de Chapel Hill, NC, a la Ciudad de Nueva York.
"En 2012, Adrian Belew lanzó ""Treehouse"", su sexto disco solista, producido en Nashville Tennessee por el músico Ned Evett."
"En 2012, Adrian Belew ""Treehouse'' lanzó su sexto disco como solista, producido en Nashville Tennessee por el músico Ned Evett."
Fue el hijo de Thomas Cairnes y su esposa, Jane Scott, la hija de John Scott.
Era el hijo de Thomas Cairnes y su esposa Jane Scott, hija de John Scott.
Durante su presencia en DTM, el Audi V8 compitió con el mucho más pequeño y bastante más pequeño Mercedes 190, BMW M3, y el levemente más liviano Opel Omega 3000.
El Audi V8 compitió durante su presencia en la DTM con un Mercedes 190 mucho más pequeño, un BMW M3 algo más pequeño y un Opel Omega 3000 algo más liviano.
Frank James se unió a la compañía local reclutado para el Ejército secesionista Drew Lobbs y combatió en la Batalla de Wilson 's Creek en agosto de 1861.
Frank James se unió a la compañía secesionista, fue reclutado por el Ejército de Drew Lobbs y combatió en agosto de 1861 en la Batalla de Wilson's Creek.
Un análisis que compara millones de llaves públicas RSA recolectadas de Internet fue anunciado en 2012 por Lenstra, Hughes, Augier, Bos, Kleinjung y Wachter.
En 2012, Lenstra, Hughes, Augier, Bos, Kleinjung y Wachter anunciaron un análisis de millones de claves públicas de RSA recopiladas de internet.
En la primera película, el conde Drácula tuvo que disolver una disputa entre ellos y Murray, Wayne y Frank sobre la disputa del entretenimiento.
En la primera película, el Conde Drácula tuvo que intervenir en una pelea entre ellos y Murray, Wayne y Frank sobre la controversia relacionada con el entretenimiento.
En 1938 se convirtió en antropólogo del gobierno de Sudán anglo-egipcio y realizó trabajos de campo con Nuba.
En 1938, se convirtió en el antropólogo del gobierno en el Sudán Anglo-Egipcio y lideró los trabajos de campo con la tribu Nuba.
Asimismo, un partido de triple riesgo para el Campeonato de los Estados Unidos fue entre el campeón Jack Swagger, The Miz y Kofi Kingston.
Además, el triple combate para el Campeonato de los Estados Unidos fue entre Kofi Kingston, The Miz y Jack Swagger.
En el verano de 1924, se dirigió a Smackover al sur de Arkansas para trabajar en el auge petrolero en una oficina en Norphlet cerca del condado de Union.
En el verano de 1924, fue a Smackover en el sur de Arkansas para trabajar en el auge del petróleo en una oficina en Norphlet cerca del condado de Union.
Los restos de dos iglesias armenias parcialmente destruidas aún se conservaban al final del período soviético.
Las ruinas de dos iglesias armenias parcialmente destruidas todavía se preservaban al final de la era soviética.
El orden histórico de desarrollo verdadero era casi exactamente lo opuesto.
El orden histórico del desarrollo verdadero fue casi el opuesto.
El estadio Rubber Bowl fue utilizado por la Guardia Nacional de los Estados Unidos como base durante la histórica lucha racial denominada Wooster Avenue Riots de 1968.
El histórico estadio Rubber Bowl fue utilizado por la Guardia Nacional de los Estados Unidos como base durante los disturbios racistas en Wooster Avenue de 1968.
En 1977, Rob Taylor viajó a Escocia y a Noruega con Barber para escalar las cascadas.
En 1977, con Rob Taylor, Barber viajó a Escocia y a Noruega para escalar cascadas.
Entre 1940 y 1945 prestó servicio como Alto Comisionado de Canadá para Australia.
Entre 1940 y 1945, se desempeñó como el primer Comisionado de Australia por Canadá.
En enero de 2013, se anunció que después del cierre de Disney Interactive, Warren Spector había dejado los estudios Junction Point.
En enero de 2013, se anunció que Warren Spector había dejado los Junction Point Studios luego del cierre de Disney Interactive.
Se encuentra en California, Arizona, Nevada y Utah, donde ha sido registrado desde América del Norte.
Se encuentra en América del Norte, donde fue registrado desde California, Arizona, Nevada y Utah.
Nacido en Australia, Lang se mudó a Israel de joven y se asentó allí en 1961.
Robert Curzon lo compró en 1834 en el monasterio de Saba. C. R. Gregory lo vio en 1883.
Fue comprado en 1834 por C. R. Gregory en el monasterio de Saba, en 1883 por Robert Curzon.
De acuerdo con la Oficina del Censo de los Estados Unidos, Southport tiene un área total de la cual es tierra y, o 0,91 %, es agua.
De acuerdo con la Oficina del Censo de los Estados Unidos, Southport tiene un área total de, de lo cual es tierra y, o el 0,91 %, es agua.
Malcolm Fraser, quien había derrotado a Whitlam de forma arrolladora en la elección federal de diciembre de 1975, ofreció el título de Caballero a Egerton por su servicio al movimiento sindical.
Malcolm Fraser, que había vencido a Whitlam en un triunfo aplastante en la elección federal de diciembre de 1975, le ofreció la caballería a Egerton para servir al movimiento sindical.
Era hijo de Richard Byfield con su segunda esposa, y Nicholas Byfield era su medio hermano más grande.
Fue hijo de Richard Byfield a través de su segunda esposa, y Nicholas Byfield fue su medio hermano mayor.
"El Peri, cuyo poder radica en su cabello, aparece en la novela de Elizabeth Ann Scarborough ""The Harem of Aman Akbar'' de 1984."
"Una peri cuya fuerza parece estar en su cabello aparece en la novela de 1984 de Elizabeth Ann Scarborough, ""The Harem of Aman Akbar""."
El siguiente fue un partido de peligro triple para el Campeonato de los Estados Unidos entre el campeón Kofi Kingston, el Miz y Jack Swagger.
Además, se produjo un partido de desafío triple para el Campeonato de los Estados Unidos entre Jack Swagger, The Miz y Kofi Kingston.
Arumadura Lawrence Romelo Duminda Silva, también conocido como Duminda Silva y R. Dumindha Silva, es un político de Sri Lanka y antiguo miembro del Parlamento.
Dumuma Silva, también conocida como Arumadura Lawrence Romelo Duminda Silva y R. Dumindha Silva, es una política y anteriormente miembro del parlamento de Sri Lankan.
El río Măgherus es un afluente del río Giuroc en Rumania.
El río Giuroc es un afluente del río Măgheru en Rumania.
Se mudó con sus padres desde Estonia a Finlandia a la edad de 3 años y actualmente vive en Helsinki.
Se mudó con sus padres desde Finlandia a Estonia a la edad de 3 años y actualmente vive en Helsinki.
ZipSIP-ZipSIP es un servicio electrónico que ayuda a los inversores a invertir en Fondos Mutuales en unos minutos, con procedimientos nuevos.
ZipSIP-ZipSIP es un nuevo servicio que ayuda a los inversores a realizar procedimientos libres de papeles para invertir en fondos de inversión en unos pocos minutos.
La banda se formó en 1999 en Dunwoody, Georgia, después de que el guitarrista Ben Ederbaugh y el bajista Jared Swilley abandonaran Renegades y el guitarrista Cole Alexander abandonara Reruns.
La banda se fundó en 1999 en Dunwoody, Georgia, después de que el guitarrista Ben Eberbaugh y el bajista Jared Swilley abandonaron Renegades y el guitarrista Cole Alexander abandonó Reruns.
Todas las conmemoraciones celebradas el 5 de junio establecidas por las iglesias ortodoxas en el antiguo calendario.
Todos celebran conmemoraciones el 5 de junio establecido por las Iglesias Ortodoxas en el antiguo calendario.
La película fue un éxito comercial y una de las películas más políticas de Sergio Sollima, menos exitosa que las del anterior director de spaghetti westerns.
La película fue un éxito comercial y una de las películas más políticas de Sergio Sollima, pero menos exitosas que las del director de las anteriores Spaghetti Westerns.
Benjamin Hough debió casarse con Elizabeth Core el 29 de agosto de 1806, por Stephen Ford, juez de paz, en el condado de Jefferson.
Stephen Stephen fue casado el 29 de agosto de 1806 por Benjamin Hough, juez de paz, en el condado de Jefferson, Elizabeth Core.
Los comunistas creían de manera discreta que la Agencia Central de Inteligencia respaldaba estas manifestaciones fuertemente por medio de financiamiento.
Los comunistas creían fervientemente que la Agencia Central de Inteligencia apoyaba de manera discreta sus protestas, de manera financiera y de otro modo.
La iluminación en el Louvre: la pintura es más suave y parece más cálida, pero puede ser el resultado del tono del barniz de la superficie.
La iluminación en el Louvre - la pintura es más cálida y parece más suave, pero esto puede ser el resultado del tono de la pintura en la superficie.
La reunión se interrumpe con la llegada a la ciudad de varios mensajeros de los diversos poderosos o influyentes Mardukans con diversas invitaciones del Príncipe para cenar.
La reunión se interrumpe por la llegada de varios mensajeros de múltiples mardukanos poderosos o influyentes de la ciudad con muchas invitaciones de cena para el Príncipe.
Es una brillante interpretación de luces púrpura y un brillo de sol dramático.
Es una reproducción brillante de luces púrpura y luz solar dramática.
Westlake es una ciudad en Luisiana, Estados Unidos, al oeste de la parroquia de Calcasieu, y es parte del Área Estadística Metropolitana de Lake Charles.
Westlake es una ciudad en Luisiana, EE. UU., al oeste de la parroquia de Calcasieu y es parte del Área Estadística Metropolitana de Lake Charles.
"""Shatterer"" fue distribuida el 13 de junio de 1987 en Japón, donde fue publicada por Toho."
"""Shatterer"" se publicó el 13 de junio de 1987 en Japón, donde fue distribuido por Toho."
Esto quedó grabado en dos inscripciones separadas del surco de su cadáver en Medinet Habu, que son físicamente largas y algo diferentes entre sí.
Esto quedó grabado en dos largas inscripciones desde su templo funerario en Medinet Habu, que están físicamente separadas y son algo diferentes entre sí.
Brunau se alza en los alrededores de Nindorf, fluye inicialmente hacia el noreste hacia el sur de Hetendorf.
El Brunau corre en la proximidad de Nindorf, asciende inicialmente hacia el noreste hacia el sur de Hetendorf.
La capilla metodista abandonada es uno de los pocos edificios de ladrillo de Upsall.
La capilla metodista abandonada es uno de los pocos edificios construidos en ladrillo de Upsall.
Esta es una lista de los conflictos históricos en los cuales participaron las fuerzas armadas húngaras o que se llevaron a cabo en el territorio militar húngaro.
Esta es una lista de conflictos militares en los cuales las fuerzas armadas húngaras participaron o fueron parte en el territorio histórico de Hungría.
Primero prestó servicios en Poundridge, en el condado de Herkimer, Nueva York, luego en el condado de Westchester, Nueva York.
Sirvió primero en Poundridge, condado de Westchester, Nueva York, luego en el condado de Herkimer, Nueva York.
El grupo tocó mucho, se hizo famoso en Israel e incluso fue de gira a la ciudad de Nueva York en 2007.
El grupo realizó una amplia gira y se volvió famoso en Israel, e incluso tocó en la ciudad de Nueva York en 2007.
En noviembre de 1989, Delaney se convirtió en miembro de la Bolsa de Comercio de Estados Unidos y fue director general de Henderson Brothers, Inc. y Bear Wagner.
En noviembre de 1989, Delaney pasó a ser miembro de la bolsa de Nueva York y fue director ejecutivo sénior en Henderson Brothers, Inc., y en Bear Wagner.
Siebenberg describió la canción como su favorita del álbum ``porque es tan pura y personal.
Siebenberg describió la canción como su favorita del álbum ``porque es tan personal y tan pura''.
Mark Machin fue el Director Ejecutivo de la Junta de Inversiones del Plan de Pensiones de Canadá. Fue reemplazado por Mark Wiseman en junio de 2016.
Mark Machin fue el CEO del Canada Pension Plan Investment Board y fue reemplazado en junio de 2016 por Mark Wiseman.
El Cambus Azusa de la Universidad Azusa Pacific está ubicado en San Gabriel Valley, al noreste de Los Ángeles.
El campus de Azusa de la Universidad Azusa Pacific está ubicado en el Valle de San Gabriel, al noreste de Los Ángeles.
12 de enero de 1978: Cambridge United - El gerente Ron Atkinson es designado gerente de West Bromwich Albion.
El 12 de enero de 1978: el entrenador del West Bromwich Albion Ron Atkinson se designa como entrenador del Cambridge United.
"Cuando le preguntaron cómo se decía su nombre, él dijo a The Literary Digest: ""mi nombre se pronuncia como deletrear ""ear' en-house""."
"Cuando se le preguntó como pronunciar su nombre, dijo ""The Literary Digest"" mi nombre se pronuncia como se escribe ""ear'en-house"". """
Blagoy Ivanov desafió a Mehmen en el Campeonato de Peso Pesado de WSOF el 17 de octubre de 2015.
Mehmen desafió a Blagoy Ivanov por el campeonato de peso pesado WSOF el 17 de octubre de 2015.
Las especies son miembros de diversos grupos ecológicos, que incluyen arbustos xerófilos, lianas y árboles, plantas tropicales, micoheterótrofas, como también diferentes representantes herbáceos.
Las especies son miembros de distintos grupos ecológicos, como los árboles, las lianas y el matorral xerófilos, plantas tropicales, micoheterótrofas, como también varias representantes herbáceas.
Dos años más tarde, el 25 de julio de 1947, el 709.º cambió su nombre a Escuadrón de Bombardeo Pesado, Very 709.º.
Dos años más tarde, el 25 de julio de 1947, el 709.° cambió su nombre a Escuadrón de bombardeo pesado 709.°.
Maritsa Lazari nació en Londres en octubre de 1943 y emigró con su familia a Chipre a la edad de 16 años.
Maritsa Lazari nació en Chipre en octubre de 1943 y emigró con su familia a Londres, Inglaterra, a los 16 años.
El Campeonato de hockey sobre hielo de Suecia de 1932 fue la 11.a temporada del Campeonato de hockey sobre hielo de Suecia, el campeonato nacional de Suecia, y Hammarby IF ganó el campeonato.
El campeonato de hockey sobre hielo sueco de 1932 fue la temporada número 11 del Campeonato de hockey sobre hielo, el campeonato nacional de Suecia. Hammarby IF ganó el campeonato.
Peter DuConge (1903-1967) fue un jazzista temprano, activo en la escena del jazz norteamericana de New Orleans.
Peter DuConge (1903-1967) fue un músico de jazz de la primera hora, ejecutante de instrumentos de viento, activo en el escenario de jazz americano de New Orleans.
Después de promocionar los refuerzos de África del Norte, el 18 de agosto regresó a Oran para prepararse para la invasión de Italia, para lo cual zarpó el 5 de setiembre.
Después de llevar refuerzos desde África del Norte, regresó a Oran el 18 de agosto para prepararse para la invasión a la Italia misma, hacia donde navegó el 5 de septiembre.
John Byron se casó con Mary Byron, hija de Sir Lucas de Newstead en Nottinghamshire.
Lucas se casó con Mary Byron, hija de Sir John Byron de Newstead, Nottinghamshire.
La temporada de 1894--95 fue la cuarta temporada de Manchester City F.C. de fútbol de Liga y la tercera temporada de la liga de fútbol.
La temporada de 1894--95 fue la tercera temporada de Manchester City F.C. del fútbol de la liga y la cuarta temporada en la Football League.
Al mismo tiempo, el Papa Francisco le pidió a Tong que continuara como Obispo de Hong Kong durante tres años más.
Al mismo tiempo, Tong le pidió al Papa Francisco permanecer como Obispo de Hong Kong durante tres años más.
Megan Ellison nació en el condado de Santa Clara, California como hija del multimillonario director de Oracle Corporation Larry Ellison y su exesposa Barbara Boothe Ellison.
Megan Ellison nació en el condado de Santa Clara, California, hija del multimillonario presidente de Oracle Corporation Larry Ellison y su exesposa, Barbara Boothe Ellison.
Aguas arriba de la entrada del Little Flat Brook, el arroyo se conoce como Big Flat Brook.
Aguas arriba de la entrada del Little Flat Brook, la corriente se conoce como Big Flat Brook.
Fanwood está ubicada en el 12avo. distrito electoral y forma parte del 22avo. distrito legislativo del estado de Nueva Jersey.
Fanwood está ubicado en el Distrito Electoral 22 y es parte del Distrito Legislativo 12 de New Jersey.
Fue seleccionado por el Philadelphia 76ers en la ronda 77.º (7.º elección general) del draft de la NBA de 1967.
Fue seleccionado por los Philadelphia 76ers en la ronda n.º 77 (la 7.a elección en total) del draft de la NBA de 1967.
Nació en Constantinopla (Atenas) el 5 de mayo de 1940 y murió en Estambul el 19 de noviembre de 2011 de cáncer.
Nació el 5 de mayo de 1940 en Constantinopla (Estanbul) y murió de cáncer en Atenas el 19 de noviembre de 2011.
El espacio verde en Hernals es del 59,6 %, de los cuales Hernals abarca el 3.° distrito más ecológico.
El espacio verde en Hernals cubre un 59,6%, lo que convierte a Hernals en el 3.° distrito con más espacio verde.
Hay una isla en alta mar sobre la bahía de Cornelius Grinnell, ubicada en la Isla Baffin.
NS
Los Chicago Bears cayeron contra los Giants 27 -- 21 y por primera vez desde 1976 salieron 0 - 6.
Los Giants cayeron ante los Chicago Bears 27 a 21 y por primera vez desde 1976 terminaron 0-6.
Se la consideró como que ''tiene un gran potencial y un gran talento y que en el futuro se transformará en una personalidad musical única.
"Se dijo que ""tiene un gran potencial y un enorme talento y crecerá para ser una personalidad musical única en el futuro""."
Emma Townshend está representada en DGA Associates por David Godwin.
David Godwin está representado por Emma Townshend de DGA Associates.
La gerente de talentos Melody Jones (Robyn Arthur) se acerca a Nina y les pide que firmen con ella.
La mánager Melody Jones (Robyn Arthur) se acerca a Nina y le pide que cante con ella.
De acuerdo con la Oficina del Censo de los Estados Unidos, Southport tiene un área total de, de la cual es tierra, o el 0,91 %, es agua.
De acuerdo con la Oficina del Censo de los Estados Unidos, Southportn tiene un área total de la cual es tierra y, o el 0,91 %, es agua.
Además de varias placas metálicas, se utilizó cemento y sacos de arena para los tanques improvisados en algunos casos.
Además de varias placas de metal, en algunos casos se usó concreto y sacos de arena para improvisar trenes blindados.
Luego de emigrar desde Inglaterra a Milford, Connecticut en 1653, Elizabeth Prudden se casó con
Elizabeth Prudden, inmigró desde Inglaterra hasta Milford, Connecticut en 1653; se casó con Roger Pritchard
Loustau estuvo con Ghislaine Marianne, con quien tuvieron tres hijos: Ethnie Bottrill, Dominique Henriette y Marcel Jean se casaron.
Loustau estuvo cansado con Ethnie Bottrill, con quien tuvo tres hijos: Marcel Jean, Dominique Henriette y Ghislaine Marianne.
Este fue el tercero de los tres hoteles de primera clase a construir en el distrito comercial central.
Este fue el tercero de tres hoteles de primera clase que se construyeron en el distrito comercial central.
Chandler consideró la computadora como una herramienta para el aprendizaje, pero rechazó un objetivismo reinante de los datos reconocidos como información y de la información como conocimiento.
Chandler consideró a la computadora como una herramienta para el aprendizaje, pero rechazó un objetivismo imperante que reconoció los datos como información y la información como conocimiento.
En su estudio de Berlín, colgaban tres figuras de la pared: Schopenhauer, Maxwell, Faraday.
En su estudio de Berlín, colgaban tres figuras de la pared: Faraday, Maxwell, Schopenhauer.
William Llewelyn Williams conocido como Llewelyn Williams (10 de marzo de 1867 -- 22 de abril de 1922), fue un periodista radical, abogado y político del Partido Liberal de Gales.
William Williams, conocido como Llewelyn Williams (10 de marzo de 1867-22 de abril de 1922) fue un periodista, abogado y político radical galés del partido liberal.
Esta estación es parte de la línea LaSalle Street Station Metra, que corre entre los distritos Joliet y Rock Island en el Chicago Loop.
Esta estación es parte de la línea Rock Island District Metra que corre entre Joliet y LaSalle Street Station en el Chicago Loop.
¡Las obras de Zinovjev hasta ahora han sido representadas por la Orquesta Sinfónica de Oulu, la Orquesta Sinfónica de Lahti, la Kymi Sinfonietta, la Orquesta Sinfónica de la Radio Finesa y la Avanti!
Hasta ahora, las obras de Zinovjev han sido reproducidas por la Orquesta Sinfónica de la Radio de Finandia, la Lahti Symphony Orchestra, la Kymi Sinfonietta, la Oulu Symphony Orchestra y Avanti!
Elogiada por Richard Gibson y la pintora de la corte Joan Carlile, es considerada tan exitosa como Peter Lely.
Alabado por Richard Gibson y el pintor de la corte Peter Lely, se lo considera tan exitoso como Joan Carlile.
Bonnie Bedelia Culkin (nacida el 25 de marzo de 1948 en Bonnie Bedelia) es una actriz estadounidense.
Bonnie Bedelia (nacido el 25 de marzo de 1948 en Bonnie, Bedelia) es una actriz estadounidense.
En 1937, Gerald Heard se mudó a Hollywood con su esposa Maria, su hijo Huxley y su amigo Matthew Huxley.
En 1937, Gerald Heard se mudó a Hollywood con su esposa María, su hijo Huxley y su amigo Matthew Huxley.
Leigh Court Barn es un granero del diezmo enmarcado en madera en Leigh, Worcestershire, Inglaterra, construido a principios del siglo XIV para almacenar productos para la Abadía de Pershore.
Leigh Court Barn es una colecturía rodeada por delincuentes en la Abadía de Pershore, construida a principios del siglo catorce para almacenar productos de Leigh, Worcestershire, Inglaterra.
Hirasea goniobasis es una especie de caracol pequeño que respira aire, un molusco gasterópodo terrestre pulmonado de la familia Endodontidae.
Hirasea goniobasis es una especie de caracol terrestre de respiración pulmonar, un pequeño molusco gasterópodo de la familia Endodontidae.
Slough High School fue una escuela selectiva de mujeres en Berkshire, ahora Slough, Buckinghamshire.
Slough High School era una selecta escuela de gramática para niñas en Berkshire, actualmente Slough, Buckinghamshire.
En Sri Lanka, el título de contador público (CA Sri Lanka) solo lo pueden utilizar los miembros del Instituto de Contadores de Sri Lanka.
En CA, el título de contador público (Sri Lanka Sri Lanka) solo lo pueden utilizar los miembros del Instituto de Contadores de Sri Lankan.
Está en peligro en Connecticut, amenazado en Vermont, considerado histórico en Rhode Island y amenazado en Massachusetts y Nuevo Hampshire.
Se encuentra amenazado en Connecticut, amenazado en Vermont, así como amenazado en Rhode Island y en Massachusetts y New Hampshire.
Finale es una ciudad de la municipalidad del distrito de Mopani en la provincia de Limpopo, Sudáfrica.
Finale es una ciudad de la municipalidad del distrito de Mopani en la provincia de Limpopo de Sudáfrica.
La Facultad de Periodismo de la BBC se abrió como una serie de cursos de aprendizaje en línea en junio de 2005, con Kevin Marsh como editor ejecutivo. Su primer director fue Vin Ray.
En junio de 2005, se abrió la Escuela de Periodismo de la BBC como un curso de enseñanza virtual con Vin Ray como editor ejecutivo, el primer director fue Kevin Marsh.
Cordell Crockett tocó el bajo en 5 canciones, con el bajista Ugly Kid Joe y Nathan Slade tocando el bajo en el resto.
Cordell Crockett tocó el bajo en 5 canciones, y se usó al bajista de Ugly Kid Joe Bassist Nathan Slade en el resto del bajo.
Scott nació en Loudoun, Ayr, de Robert Hepburn y Jean (nèe Carmichael) Scott.
Robert Hepburn nació en Loudoun, Ayr, de Scott y Jean (née Carmichael) Scott.
El motor pesa y tiene 54 pulgadas de alto, 29 pulgadas de ancho y 41 pulgadas de largo.
El motor pesa y mide 54 pulgadas de largo, 29 pulgadas de ancho y 41 pulgadas de alto.
"Luego en 2005 se utilizó el nombre ""Alpha"", pero para una tormenta tropical luego de que se agotaran las opciones del listado estándar de nombres."
"El nombre ""Alfa"" fue utilizado posteriormente en 2005, pero se utilizó para una tormenta tropical después de que se agotó la lista estándar de nombres."
Después de su éxito, Jane Campion contrató a Jones para una miniserie de televisión que se convirtió en la película Angel at my Table, una adaptación de la autobiografía de Janet Frame.
Después de su éxito, Jane Campion Jones fue una adaptación de la autobiografía de Janet Frame para una miniserie de televisión que se convirtió en la película Un ángel en mi mesa.
Somers fue hijo de Charles Cocks, el 1.er Baron Somers, y de Elizabeth, la hija de Richard Eliot.
Somers era el hijo de Charles Cocks, 1.° Barón Somers, y Elizabeth, hija de Richard Eliot.
El Río Milcov es afluente directo del Río Dilcov en Rumania.
El río Dilcov es un afluente del río en Rumania.
Dotty nació en Boston en 1923 y falleció en Gluocester en 2014.
Dotty nació en 1923 en Boston y murió en Gloucester en 2014.
Iselin murió el 5 de enero de 1971 en Falmouth, Massachusetts. Su funeral tuvo lugar en Vineyard Haven, Massachusetts en Martha's Vineyard.
Iselin murió el 5 de febrero de 1971 en Falmouth, Massachusetts. Su funeral tuvo lugar en Vineyard Haven, Massachusetts, en el viñedo de Martha.
Jonas Björkman y Fabrice Santoro ganaron 6-2, 6-4 contra Martin Damm y Radek Štěpánek en las finales.
Martin Damm y Radek Štěpánek le ganaron a Jonas Björkman y Fabrice Santoro en las finales 6 : 2, 6 : 4.
En 2014, el sitio lanzó aplicaciones para iOS y Android para la búsqueda de productos; el producto ofrece video interactivo, comentarios de los productos con sesiones de preguntas y respuestas en vivo.
En 2014, el sitio lanzó aplicaciones en iOS y Android para búsqueda de productos, las características del producto incluyen revisiones del producto en vivo por video con sesiones de preguntas y respuestas interactivas.
El hijo de Raymond Rickman en la película fue interpretado por el verdadero hijo de Rose, Carol.
El hijo de Rose en la película fue interpretado por el hijo real de Carol, Raymond Rickman.
El río Ponoru es un afluente del río Horezu de Rumania.
El río Ponoru es un afluente del Horezu en Rumania.
En 1591 se estableció una parroquia, sin embargo, con una afluencia de católicos en el siglo 18, se construyó una mayoría católica.
La parroquia se fundó en 1591, pero con una afluencia de católicos en el siglo 18, se estableció una mayoría católica.
El teniente John Gedge la envió en mayo de 1805 por el Mar del Norte. El teniente Robert Ramsey lo reemplazó en 1806.
El Teniente Robert Ramsey les encargó el Mar del Norte en mayo de 1805, y el Teniente John Gedge lo reemplazó en 1806.
Cai Mao también tuvo un hijo, Cai Feng.
Cai Mao tuvo también un hijo, Cai Feng.
El AR5 proporciona una actualización al conocimiento sobre los aspectos científicos, técnicos y socioeconómicos del cambio climático.
El AR5 brinda una actualización del conocimiento de los aspectos científicos, técnicos o socio-económicos del cambio climático.
Más tarde, durante el ataque a Andrew, el conde de Angoulême, Richard sería de las tropas de Adhemar.
Más tarde, Richard sería las fuerzas de Adhemar durante el ataque sobre Andrew, conde de Angulema.
"En 2012, Gil formó parte de la película basada en la serie TV de Salvador - Royales ''Mundo Man ay Magunaw"" como Jennifer la Pena."
"En 2012, Jennifer la Pena se convirtió en parte de la adaptación televisiva de la película de Salvador Royales ""Mundo Man ay Magunaw"" en el papel de Gil."
Si bien el xenón es raro y relativamente caro de extraer de la atmósfera de la Tierra, tiene diversas aplicaciones.
A pesar de que el xenón es excepcional y bastante caro de extraer de la atmósfera terrestre, tiene una cantidad de aplicaciones.
El río Seghes es un afluente del río Olt de Romania.
El río Olt es un afluente del río Seghes en Romania.
La preparación fue inventada por el Dr. Patrick Page y su equipo, y patentada por Genkyotex en 2007.
El compuesto fue inventado por el Dr. Patrick Page y su equipo, y fue patentado en 2007 por Genkyotex.
Robbins nació en Coventry el 21 de septiembre de 1933, con su mellizo David, los octavo y noveno hijos de doce de Charles y Jessamine Robbins.
Robbins nació el 21 de septiembre de 1933 en Coventry, con su gemelo David, el octavo y noveno hijo de los doce de Charles y Jessamine Robbins.
Su estado de ciudad satélite del Valle Klang está vinculado a su ubicación en el corazón de Kuala Lumpur en Malasia.
Su estatus de pueblo satélite de Klang Valley está conectado con su ubicación en el corazón de Kuala Lumpur, Malasia.
Ukhrul también es un lugar turístico del estado de Manipur.
Ukhrul también es un lugar turístico en el estado de Manipur.
Lo reemplazó Murtala Mohammed (en 1975) y Olusegun Obasanjo (en 1976) en sucesivos golpes.
Fue reemplazado en golpes sucesivos por Olusegun Obasanjo (1975) y Murtala Mohammed (1976).
Arthur trata de mostrarse afectado, para ser más considerado con Gwen (le ofrece preparar la cena, etc.
Afectada, Gwen trata de ser más considerada con Arthur (le ofrece preparar la cena, etc.).
Después de prestar servicio, Lockhart vivió en Florida, pero recientemente se mudó a Texas.
Después de prestar servicio, Lockhart vivió en Texas, pero recientemente se mudó a Florida.
Hazel interpretó el papel de Alexandra Coppinger en la nueva serie de TV ''Difuntas encantadoras''.
En la nueva serie de TV ''Dead Gorgeous'', Alexandra Coppinger interpretó el rol de la hermana más joven de Hazel.
La identidad étnica de Hilltown es 93% principalmente blancos, 3% asiáticos y 1% chinos.
La etnicidad de Hilltown es en el 93 % principalmente blanca, el 3 % son chinos y el 1 % son asiáticos.
Le pertenece a Chemins de Fer Luxembourgeois, la empresa de ferrocarriles propiedad del gobierno.
Es operado por la compañía estatal Chemins de Fer Luxembourgeois.
El lago McGee Creek está al este de Atoka; al oeste de Antlers y al norte de Farris, Oklahoma
Atoka está situada al este de McGee Creek Lake, al oeste de Antlers y al norte de Farris, Oklahoma.
Waseem Abbas, hijo del famoso cantante y actor Inayat Hussain Bhatti, empezó su carrera como actor de televisión en Lahore.
Inayat Hussain Bhatti es el hijo del famoso cantante y actor Waseem Abbas. Empezó su carrera como actor de televisión en Lahore.
Tiene un hijo, Vasilis, producto de su segundo casamiento con el empresario Babis Lazaridis.
Del segundo matrimonio con el hombre de negocios Babis Lazaridis tiene un hijo, Vasilis.
McMillan pasó dos años en el Royal Medical Corp. en Tidworth, y luego en Didcot, donde estuvo a cargo de un MRS para los soldados heridos de la guerra coreana.
Durante dos años, McMillan estuvo en Royal Medical Corp. en Didcot -- y, más tarde, en Tidworth, donde llevó adelante un MRS para los soldados heridos en la guerra de Corea.
Según Prior, Oliver Goldsmith, abuelo del poeta, dramaturgo y novelista Robert Goldsmith, fue el primer integrante de la familia en asentarse en Ballyoughter.
De acuerdo con Robert Prior, Robert Goldsmith fue el abuelo del poeta, dramaturgo y escritor Oliver Goldsmith, el primero de la familia en establecerse en Ballyoughter.
La iluminación en el Louvre, la pintura es más suave y parece más cálida, pero puede ser el resultado del tono del barniz en la superficie.
La iluminación de la pintura del Louvre es más suave y parece más cálida, pero puede que esto sea el resultado del tono del barniz en la superficie.
James Henry Engley nació el 5 de abril de 1851 en Attleborough, Massachusetts, hijo de Eugene D. Engley y su esposa, anteriormente Mary Kaley.
Eugene D. Engley nació el 5 de abril de 1851 en Attleborough, Massachusetts, hijo de James Henry Engley y su esposa, anteriormente Mary Kaley.
Robbins nació el 21 de septiembre de 1933 en Coventry, con su mellizo David, los octavo y noveno hijos de Charles y Jessamine Robbins.
Robbins nació en Coventry el 21 de septiembre de 1933, con su mellizo David, los octavo y noveno hijos de doce de Charles y Jessamine Robbins.
Callum O'brien (nacido el 4 de noviembre 1982 en Nueva Zelanda) es un jugador profesional de squash de Cambridge.
Callum O'brien (nacido el 4 de noviembre de 1982 en Nueva Zelanda) es un jugador profesional squash de Cambridge.
Schliemann reconoció cinco árboles y los despejó como las sepulturas mencionadas por los Pausanias.
Schliemann detectó cinco pozos y los limpió como las tumbas mencionadas por Pausanias.
NS
"Las canciones conocidas y que suelen estar escritas incluyen ""The Hartlepool Monkey'' solicitada por Alan Wilkinson, un antiguo miembro de la banda."
A veces se usa como reductio ad absurdum del argumento bien conocido de diseño, que dice lo siguiente:
A veces es conocido como un reductio ad absurdum del argumento bien usado del diseño, como figura a continuación:
The Lost Boys es una miniserie dramática documental de 1978 producida por la BBC, escrita por Rodney Bennet y dirigida por Andrew Birkin.
The Lost Boys es una miniserie documental de drama producida por la BBC en 1978, escrita por Rodney Bennett y dirigida por Andrew Birkin.
Robert White y Joshua Soule Zimmerman prestaron servicio a lo largo de Kuykendall como comisionados de cancillería para el condado de Hampshire.
Junto con Robert White y Joshua Soule Zimmerman, se desempeñó como Comisionado de Cancillería para el Condado de Hampshire.
Fue la madre de Val, Boris y Rosalind Lorwin, y su hija se convirtió en profesora de psicología.
Se convirtió en la madre de Val, Boris y Rosalind Lorwin, su hija fue profesora de psicología.
Al evento asistieron la Embajadora de Boutique @ hs, Teresa Palmer Michala Banas y la actriz australiana Kyly Clarke.
El evento recibió la visita de Boutique @ hs, la embajadora Kyly Clarke, la actriz australiana Teresa Palmer y Michala Banas.
El autor de Manchester Chris Sievey escribió una biografía de Mick Middels que fue lanzada en noviembre de 2014.
El autor de Manchester Mick Middles escribió una biografía de Chris Sievey, que se publicó en noviembre de 2014.
"La circunscripción legislativa francesa de Finisterre es la primera circunscripción legislativa del ""departamento"" de Finisterre."
"La circunscripción legislativa francesa de Finisterre es la primera circunscripción del ""departamento de Finisterre""."
El río Bresnic es un afluente del río Slatina en Rumania.
El río Slatina es un afluente del río Bresnic en Rumania.
Esto fue grabado en dos largas inscripciones de su cadáver hort Medinet Habu, que están físicamente separadas y un tanto diferentes una de la otra.
Esto se grabó en dos inscripciones separadas del templo funerario Medinet Habu, que son largas físicamente y algo diferentes entre sí.
La velar-eyectiva es un tipo de sonido consonante que se usa en algunas lenguas habladas. El símbolo en el Alfabeto Fonético internacional, que es este sonido.
La eyectiva velar es un tipo de sonido consonante, utilizado en algunas lenguas habladas. El símbolo en el Alfabeto Fonético Internacional que representa este sonido es.
Birkenhead Wharf está cerca de Birkenhead Point Factory Outlet Centre y al lado de Iron Cove Bridge, que está aproximadamente a un minuto a pie.
Birkenhead Wharf está al lado de Iron Cove Bridge y cerca del Birkenhead Point Factory Outlet Centre, que queda alrededor de un minuto a pie.
Formaba parte de Municipio de Hanover, posteriormente Florham Park, antes de ser registrado en 1899 como Municipio de Chatham.
Fue parte del municipio de Hanover, luego del municipio de Chatham, antes de quedar registrado en 1899 como Florham Park.
Su hijo Samuel Provoost fue el padre de John (1742-1815), el primer Obispo Episcopal Protestante de Nueva York.
Su hijo John fue el padre de Samuel Provoost (1742-1815), el primer obispo protestante de Nueva York.
La policía también interrogó a Rimi Tomy y al actor Siddique, ambos amigos cercanos de Dileep y su esposa Kavya Madhavan, como parte de la investigación en curso.
La policía también interrogó al cantante Rimi Tomy y al actor Kavya Madhavan, ambos amigos cercanos de Siddique y su esposa Dileep, como parte de la investigación actual.
El río Jiul de Vest es un afluente del río Jidanul de Rumania.
El río Jidanul es un afluente del río Jiul de Vest en Rumania.
Vembannur es una aldea en el Taluk de Aruvikkara en el Taluk de Nedumangad en Kerala, India. Vembannur entra en el panchayat de Nedumangad del distrito de Thiruvananthapuram.
Vembannur es una aldea ubicada en el taluk de Aruvikkara del taluk de Nedumangad en Kerala, India. Vembannur entra en el panchayat de Nedumangad del distrito de Thiruvananthapuram.
Cualquiera que mire debe tener la impresión de que la escuela es un cuerpo continuado, una única fila.
Cualquiera que mire tendrá la impresión de que la escuela es un cuerpo continuo, una única columna.
El elenco estaba compuesto solo por hombres, con seis actores de Sídney y un actor de Melbourne (Gordon Glenwright).
El elenco estuvo integrado en su totalidad por hombres, y constó de seis actores de Melbourne y un actor de Sydney (Gordon Glenwright).
Callum O'brien (nacido el 4 de noviembre de 1982 en Nueva Zelanda) es un jugador profesional de Cambridge Squash.
Callum O'brien (nacido el 4 de noviembre de 1982 en Cambridge) es un jugador profesional de squash de Nueva Zelanda.
Se celebró un evento hermano en Albert Park Lake en Melbourne y fue patrocinado por Fox FM (Melbourne, Australia).
Un evento hermano se celebró en Albert Park Lake en Melbourne y fue patrocinado por Fox FM (Melbourne, Australia).
Era el hijo de John Scott y su esposa, Jane Scott, que era la hija de Thomas Cairnes.
Era hijo de John Scott y su esposa Jane Scott, hija de Thomas Cairnes.
NS
Hector, Cody y Christie encontraron al Dr. Forrest que tenía a Christie de rehén.
Westlake es una ciudad de Calcasieu Parish, ubicada al oeste de Louisiana, EE. UU., y forma parte del Área Estadística Metropolitana de Lake Charles.
Westlake es una ciudad de Louisiana, EE. UU., al oeste de Calcasieu Parish, y es parte del Área Estadística Metropolitana de Lake Charles.
La mayoría de los lanzamientos del álbum fuera de América del Norte tenían el mismo contenido de audio; sin embargo, la ubicación de los marcadores de pistas dependía del sello discográfico que lanzaba el CD.
La mayoría de los lanzamientos del álbum fuera de Norteamérica tuvieron el mismo contenido de audio, pero ubicaron los marcadores de pistas de manera diferente según el sello que realizaba el lanzamiento del disco.
En 2009 volvió a Filadelfia y actualmente vive en la ciudad de Nueva York.
Se volvió a mudar a la ciudad de Nueva York en 2009 y ahora vive en Filadelfia.
David David Godwin está representado por Emma Townshend en DGA Associates.
Emma Townshend está representada en DGA Associates por David Godwin.
Es un centro de peregrinación célebre ubicado a 78 kilómetros de Dharwad y a 37 kilómetros de Bélgica.
Es un centro de peregrinación célebre que se ubica a 78 kilómetros de Bélgica y a 37 kilómetros de Dharwad.
João Martins Pena y Francisca de Paula Julieta Pena, hija de Martins Pena en Río de Janeiro.
João Martins Pena y Francisca de Paula Julieta Pena nació en Río de Janeiro, su padre fue Martins Pena.
¡Los trabajos de Zinovjev han sido hasta el momento ejecutados por la Orquesta Sinfónica Oulu, la Orquesta Sinfónica Lahti, la Sinfonietta Kymi, la Orquesta Sinfónica Finnish Radio y Avanti!
¡Hasta ahora, las obras de Zinovjev han sido representadas por la Orquesta Sinfónica de Oulu, la Orquesta Sinfónica de Lahti, la Kymi Sinfonietta, la Orquesta Sinfónica de la Radio Finesa y la Avanti!
Fue elegido por Philadelphia 76ers en el 7mo asalto (77 en total) del sorteo de la NBA de 1967.
Fue elegido por los Philadelphia 76ers en la ronda 77.° (7.° elección en total) del draft de 1967 de la NBA.
Frank James se unió a una compañía separatista reclutado para la armada local Drew Lobbs y luchó en la Batalla de Wilson's Creek en agosto de 1861.
Frank James se unió a una compañía secesionista, reclutada para el Ejército local de Drew Lobbs y peleó en la Batalla de Wilson's Creek en agosto de 1861.
La uvular eyectiva es un tipo de sonido consonántico que se usa en algunos idiomas orales. El símbolo en el Alfabeto Fonético Internacional, que es este sonido.
La consonante eyectiva es un tipo de sonido uvular, utilizado en algunos idiomas orales. El símbolo que representa este sonido en el Alfabeto de Fonética internacional es
Entre las mujeres prominentes de Surinam están Jennifer Simons, Marijke Djwalapersad, Elisabeth Samson, Cynthia McLeod y Ruth Wijdenbosch.
Entre las mujeres prominentes de Suriname están Jennifer Simons, Marijke Djwalapersad, Elisabeth Samson, Cynthia McLeod y Ruth Wijdenbosch.
Antes del regreso de los refugiados albaneses en 1999, las familias serbias abandonaron el pueblo.
Antes del regreso de los refugiados serbios en 1999, las familias albanesas abandonaron el pueblo.
Otro modo de controlar la población de ciervos es regular la tasa de natalidad.
Otra manera de regular la población de venados es controlar el índice de fertilidad.
Soto nació en Fort Worth, pero a la edad de un año se mudó a Monterrey en México.
Soto nació en Monterrey, México, pero se mudó a Fort Worth, cuando tenía un año de edad.
Aunque similares, las partes de la carrocería no son intercambiables entre los 2 autos.
Aunque son intercambiables, las partes de la carrocería no son similares en los 2 autos.
En 2012, se anunció un análisis que compara millones de llaves públicas RSA recolectadas de Internet por parte de Augier, Hughes, Lenstra, Bos, Kleinjung y Wachter.
En 2012, Lenstra, Hughes, Augier, Bos, Kleinjung y Wachter anunciaron un análisis de millones de claves RSA públicas de Internet.
Jonathan Dasnières de Veigy ganó la final 7-6, 7-6 frente a Andrey Kuznetsov.
Jonathan Dasnières de Veigy ganó la final por 7-6, 7-6 contra Andrey Kuznetsov.
Nvidia anunció oficialmente el NVIDIA TITAN V el 7 de diciembre de 2017.
El NVIDIA TITAN V fue oficialmente anunciado por Nvidia el 7 de diciembre de 2017.
Además, se adora el año nuevo, la primavera, el vino y la dicha.
El año nuevo, la primavera, el vino y el amante también son alegres.
Donde ``e'' es la carga magnética de la partícula y A el vector eléctrico potencial del campo electromagnético.
Donde la ``e'' la carga eléctrica de la partícula y A es el potencial vector magnético del campo electromagnético.
El departamento de Tarapacá fue un departamento de la provincia de Tarapacá desde 1883 a 1928. Era parte de Chile.
El departamento de Tarapacá fue un departamento de Chile desde 1883 hasta 1928, fue parte de la provincia de Tarapacá.
El music hall fue importado por primera vez a Londres desde París en 1862, y se volvió enormemente popular, con bailarines, cantantes, acróbatas, magos, animales entrenados.
El auditorio fue el primero importado desde París hacia Londres en 1862 y se volvió enormemente popular, con bailarines, cantantes y animales entrenados como magos.
Sitomania y 1870s difieren con el término ``Anorexia nervosa'' y reemplazaron el trastorno.
"y en la década de 1870 distinguió la sitomanía con el término ""anorexia nerviosa"" y reemplazó el trastorno."
"""Dawn'' es el episodio vigésimo segundo (producción n.º 213) de la serie de televisión, el decimotercero de la novena temporada."
``Dawn'' es el episodio número treinta y nueve (producción n.° 213) de la serie de TV, la temporada décimo tercera de la segunda temporada.
A su vez, generó agujeros de defensa en el borde y las uniones de la zona natural secundaria.
A su vez, generó agujeros de defensa en el borde y uniones en el área natural secundaria.
"Taisuke Sawachika trabajó con el guitarrista y colaborador de toda la vida Kudo en la canción ""Dose Nara''."
"Taisuke Sawachika trabajó con el guitarrista y el conocido colaborador Kudo en la canción ""Dōse Nara""."
Robert Curzon lo compró en 1834 en el monasterio de Saba, y C. R. Gregory lo vio en 1883.
C. R. Gregory lo compró en 1834 en el monasterio de Saba, en 1883 por Robert Curzon.
El gobierno australiano emitió recomendaciones para los premios británicos de 1983, y los dos últimos gobiernos del estado australiano dejaron de enviar recomendaciones en 1989.
El gobierno australiano interrumpió las recomendaciones para los premios australianos en 1983 y los últimos dos gobiernos estatales británicos interrumpieron las recomendaciones en 1989.
Será extenso, con una pared alta y capacidad.
Será alto con un muro extenso y capacidad.
Mientras dure el debate, el asunto debe quedar con el diputado, y no podrá retomar la presidencia mientras se debatan los temas que se proponen debatir.
NS
Wa Kyun es una isla del mar de Andamán, fuera de la costa del Estado de Mon, en el área sur de Burma.
Wa Kyun es una isla en el mar de Andamán, en la costa del Estado Mon, en el área del sur de Burma.
Los comunistas creían firmemente que la Agencia Central de Inteligencia respaldaba estas protestas discretamente, en lo económico y de otras formas.
Los comunistas creían discretamente que la Agencia Central de Inteligencia apoyaba fuertemente estas protestas, en lo económico y de otras formas.
Katz nació en 1947 en Suecia y se mudó a Nueva York a la edad de un año.
Katz nació en la Ciudad de Nueva York en 1947 y se mudó a Suecia cuando tenía 1 año.
Describa en primer lugar las áreas con bajos niveles de polen, en lugar de las áreas con altos niveles de polen.
Primero, describa las áreas con altos valores de polen en vez de las áreas con bajo polen.
Retzius nació en Estocolmo, era hijo del anatomista Anders Retzius (y nieto del naturalista y químico Anders Jahan Retzius).
Retzius nació en Estocolmo, era hijo del anatomista Anders Jahan Retzius (y nieto del naturalista y químico Anders Retzius).
Lobethal Bierhaus es una cervecería regional con influencias alemanas en el estilo.
Lobethal Bierhaus es una fábrica de cerveza alemana, con influencias del estilo regional.
Sin embargo, cuando el gobierno nuevo cambió de grupos políticos, el plan de Cerdà fue rechazado y cuando el gobierno local organizó un concurso de proyectos, Cerdà perdió.
Sin embargo, cuando el nuevo gobierno cambió de grupos políticos, se descartó el plan de Cerdà, y el gobierno local llamó a una competencia de proyectos en la que Cerdà perdió.
La eliminación de los motores del jet y su combustible reducirían la complejidad ya aumentarían la carga.
Omitir los motores y su combustible aumentaría la complejidad y disminuiría la carga.
La Casa antigua de Güelf fue una dinastía nobiliaria fráncica de gobernantes europeos documentada desde el siglo IX.
Desde el siglo 9.º, la casa antigua de Güelf fue una dinastía de nobles de Franconia de gobernantes europeos.
Nació en Melbourne, y emigró con su familia hacia Nueva Zelanda cuando tenía 10 años.
Nació en Nueva Zelanda y emigró con su familia a Melbourne a los diez años.
El grado de diferenciación entre las tendencias protestante y católica dentro de la tradición anglicana es un debate de rutina tanto en las iglesias anglicanas específicas como entre la comunidad anglicana.
El grado de distinción entre las tendencias protestantes y católicas dentro de la tradición anglicana específica es habitualmente un tema de debate entre las iglesias anglicanas y en toda la comunión anglicana.
Lobethal Bierhaus es un productor de cervezas regionales, con influencias de estilo alemán.
Este festival también les da a los participantes una oportunidad para renovar las esperanzas y compartir la tradición, en una zona armoniosamente compartida por los tamiles de ambos países.
Este festival también les brinda a los participantes la oportunidad de renovar los sueños y compartir la tradición, en un área que es armónicamente compartida por Tamils de ambos países.
Michael Liebel Sr. tenía 14 años cuando sus padres llegaron a Erie, Pensilvania desde Alemania.
NS
La agente de talentos Melody Jones (Robyn Arthur) se acercó a Nina y les pidió que firmara con ella.
La mánager de talentos Robyn Arthur (Melody Jones) se acercó a Nina y le preguntó si quería cantar con ella.
"""Everything But You'' es una canción de 1945, compuesta por Don George, escrita por Duke Ellington y Harry James."
"""Everything But You'' es una canción de 1945 compuesta por Duke Ellington y Harry James con letras escritas por Don George."
La temporada comenzó el 6 de enero de 1984 en Falun, Noruega, y terminó en Lygna, Suecia, el 11 de marzo de 1984.
La temporada comenzó el 6 de enero de 1984 en Falun, Noruega, y finalizó el 11 de marzo de 1984 en Lygna, Suecia.
Andy ve a Robert y Katie juntos y se lo dice a Daz.
Andy ve a Robert y a Katie juntos y le dice a Daz.
El canal de Hollinwood Branch era un canal cerca de Hollinwood, en Oldham, Inglaterra.
El canal de Hollinwood Branch era un canal cerca de Oldham en Inglaterra.
Se casó con Mary, la hija de Brooke de Selston, Nottingham, y fue sucedido por su hijo mayor, Richard.
Se casó con Mary, la hija de Timothy Pusey de Selston, Nottingham, y lo sucedió su hijo mayor, Richard.
El primer curso de Encargado de Señales se realizó en 1951 y los cursos que se dictan actualmente son los números 86 y 87.
El primer curso de Capataz de Señales se desarrolló en 1951 y los cursos actuales son los números 86 y 87.
En 284 a. C., el rey Xi se reunió con el rey Zhao de Qin al oeste de Zhou para conformar una alianza contra Qi.
El rey Qi se encontró con el rey Zhao de Qin al oeste de Zhou en 284 a. C. para conformar una alianza contra Xi.
Los componentes de los sistemas mecánicos almacenan energía elástica potencial si se deforman en el sistema cuando se les aplican fuerzas.
Los componentes de los sistemas potenciales elásticos almacenan energía mecánica si se deforman en el sistema cuando se aplican fuerzas.
Fue capturado después de que el New Orleans fuera hundido y se vendió como chatarra en 1868.
Fue capturado en Nueva Orleans, fue escondido, y en 1868 se vendió como chatarra.
Tim Tim Henman ganó 6 -- 7, 6 -- 4, 7 -- 6 a Pete Sampras en las finales.
Pete Sampras ganó por 6 - 7, 6 - 4, 7 - 6 contra Tim Henman en la final.
El Machpelah Cemetery, también escrito ''Macpelah Cemetery`` o ''Macphelah Cemetery``, es un cementerio en el condado de Hudson, Nueva Jersey.
El Machpelah Cemetery, también escrito ``Macpelah Cemetery'' o ``Macphelah Cemetery'' es un cementerio del condado de Hudson, Nueva Jersey.
Sus hijos fueron Carolyn y Cynthia (fallecidas en 1970), Brennan, Matt Pelosi, Laurence (nacidos en 1971) y Andrew (nacido en 1981).
Sus hijos eran Carolyn y Cynthia (fallecidas en 1970), Brennan, Matt Pelosi, Laurence (nacidos en 1971) y Andrew (nacido en 1981).
El 8 de mayo de 2015, Tapia perdió con Michel Soro.
El 8 de mayo de 2015, perdió Michel Soro Tapia.
La segunda hija de Octavius Warre Malet, Alice Anna Catherine, se casó con Thomas en el Consulado Británico en Cologne el 24 de junio de 1852.
La segunda hija de Thomas Anne, Alice Anna Catherine, se casó con Octavius Warre Malet en el Consulado británico de Colonia el 24 de junio de 1852.
Los componentes de sistemas mecánicos almacenan energía potencial elástica si se deforman cuando se le aplican fuerzas al sistema.
Los componentes de los sistemas potenciales elásticos almacenan energía mecánica si se deforman con el sistema cuando se aplican fuerzas.
La película de 40 minutos fue escrita por Annaud con Alain Godard.
La película de 40 minutos fue escrita por Annaud junto con Alain Godard.
La policía también entrevistó al cantante Rimi Tomy y al actor Kavya Madhavan, ambos amigos cercanos de Siddique y su esposa Dileep, como parte de la investigación actual.
La policía también interrogó al cantante Rimi Tomy y al actor Kavya Madhavan, ambos amigos cercanos de Siddique y a su esposa Dileep, como parte de la investigación en curso.
Uno de estos tornados pasó sobre los sectores al norte del condado de Brown y al sur del condado de Johnson.
Uno de esos tornados viajó a través de secciones del norte del Condado de Johnson y las secciones sur del Condado de Brown.
Cancellopollia gracilis es una especie de caracol de mar, un molusco marino gasterópodo de la familia Buccinidae, los verdaderos buccinos.
Cancellopollia gracilis es una especie de caracol marino, un molusco gasterópodo auténtico de la familia Buccinidae, los caracoles marinos.
Zarpó el 12 de setiembre de 1943 de Galveston, Texas y se encontraron el 16 de setiembre en Key West.
Navegó desde Key West el 12 de septiembre de 1943 y llegó a Galveston, Texas el 16 de septiembre.
"El ""IPA"" consta de 500 suplementarios en total: 300 símbolos básicos y 200 símbolos complementarios."
"El ""IPA"" consta de 500 símbolos complementarios, 300 básicos y 200 suplementarios."
A veces se lo conoce como James Gordon para distinguirlo de James Gordon Huntly (1553 -- 1641), otro jesuita.
A veces se lo conoce como James Gordon para distinguirlo de James Gordon Huntly (1553-1641), otro Jesuita.
Tiene un hijo, Vasilis, nacido de su segundo matrimonio con el ejecutivo Babis Lazaridis.
Tiene un hijo de su segundo matrimonio con el hombre de negocios Babis Lazaridis, Vasilis.
En 1938 se convirtió en el antropólogo del gobierno de la Sudán anglo-egipcia y dirigió el trabajo de campo con el pueblo Nuba.
En 1938 se convirtió en antropólogo del Sudán anglo-egipcio para el gobierno y guió el trabajo de campo con los Nuba.
NS
Un atolón en Niau de la Polinesia Francesa recibe el nombre de Greig debido a Aleksey Greig.
Warren Haynes se unió a las giras y las grabaciones de la banda por David Allan Coe en 1980, cuando tenía 20 años de edad.
David Allan Coe se unió a las giras y las grabaciones de la banda de Warren Haynes en 1980, cuando tenía 20 años de edad.
El río Bradu es un afluente del río Hudeasa en Rumania.
El río Hudeasa es un afluente del río Bradu en Rumania.
Más tarde, Andrew sería parte de las fuerzas de Richard durante el ataque en Adhemar, condado de Angoulême.
Luego, durante el ataque a Adhemar, conde de Angoulême, Andrew debía formar parte de las fuerzas de Richard.
Fue el sexto problema del torneo y la tercera parada de la Serie Mundial 14 IRB Sevens de 2013.
Fue la sexta edición del torneo y la cuarta parada de la Serie Mundial de Sevens de 2013 -- 14 IRB.
La ``e'' natural es la base del logaritmo constante.
La constante ``e'' es la base del logaritmo natural.
Se desempeñó como misionero de la Iglesia LDS en Nevada y fue obispo de Checoslovaquia.
Se desempeñó como misionario para la iglesia HLT en Nevada y fue obispo de Checoslovaquia.
En este estudio de Berlín, había tres figuras colgadas de la pared: Schopenhauer, Maxwell, y Faraday.
En este estudio de Berlín, tres figuras colgadas en la pared: Faraday, Maxwell, Schopenhauer.
La música representada como ``Blackadder'' de Bob Courts es ``Fantasia on Greensleeves'' de Vaughan Williams.
La música interpretada como Bob ``Blackadder'' es ''Fantasia on Greensleeves'' de Vaughan Williams.
El propietario de la tierra en ese momento era el Sr. Johnson y agregó un arrendamiento de 99 años con el Sr. Leslie Vernon Calcutt.
En ese momento, el dueño del país era el Sr. Leslie Vernon Calcutt, y acordó un alquiler por 99 años con el Sr. Johnson.
El centro francés también había avanzado. La caballería rusa se retiró detrás de la línea principal, exponiendo a los franceses al fuego de la artillería de las baterías rusas.
La caballería rusa se retiró detrás de la línea principal y expuso a los franceses al fuego de la artillería de las baterías rusas.
Las verduras de hojas verdes y los tubérculos en general no se cultivaban y se juntaban por temporada cuando crecían en la naturaleza.
Las verduras de hojas verdes y los tubérculos en general no se cultivaban y crecían por temporada cuando estaban en la naturaleza.
Mercedes Martinez es de origen cubano-mexicano, está casada y tiene un hijo, Sebastian Weitz, y una hija, Athena Weitz.
NS
Esto aumenta el área de conflicto entre Rhode Island y la provincia de Massachusetts.
Esto amplió el área de conflicto entre Rhode Island y la provincia de Massachusetts.
Alexandra Coppinger representó el papel de la hermana más joven Hazel en la nueva serie de TV ''Dead Gorgeous''.
Hazel representó el papel de Alexandra Coppinger, la hermana menor, en la nueva serie de TV ``Difuntas encantadoras''.
La canción fue escrita y compuesta por Gala, producida por Filippo Andrea Carmeni y Maurizio Molella.
Gala escribió y produjo la canción, Filippo Andrea Carmeni y Maurizio Molella la compusieron.
The Prudential Building (HMB), anteriormente el Houston Main Building, era un rascacielos en el Centro Médico de Texas, Houston, Texas.
El Houston Main Building (HMB) anteriormente conocido como Edificio Prudential era un rascacielos en el Texas Medical Center en Houston, Texas.
Un destino bíblico es, en su sentido más negativo, una bendición formal.
Un destino bíblico es una bendición negativa en su sentido más formal.
En 1960, John T. Driscoll y Patrick F. McDonough se presentaron como Tesorero y Administrador General de Massachusetts, y fueron terceros en la primaria democrática detrás de Kennedy.
En 1960, John T. Driscoll y Patrick F. McDonough se presentaron como candidatos a Tesorero y Recaudador General de Massachusetts. Terminó tercero en el partido democrático primario, detrás de Kennedy.
Nicole Pratt derrotó a Kristin Godridge 6-4, 6-3
Nicole Nicole Pratt venció a Kristin Godridge 6--4, 6-3
En ``Detection Unlimited'', una novela de misterio escrita por Georgette Heyer, un personaje se compara con Armstrong.
Otro miembro del grupo era Sir George Throckmorton, cuya hermana se casó con Thomas Giffard.
Otro miembro de ese grupo fue Sir Thomas Giffard, con cuya hermana se casó George Throckmorton.
El sijismo es una religión que comenzó en india en el primer siglo con el decimoquinto gurú, conocido como Guru Nanak Dev Ji (1469-1539 CE).
El sijismo es una religión que comienza en la India a mediados del siglo quince con el primer gurú, conocido como Gurú Nanak Dev Ji (1469-1539 e. c.).
El evento fue visitado por Boutique @ hs - el embajador Kyly Clarke, la actriz australiana Teresa Palmer y por Michala Banas.
Al evento asistió la embajadora de Boutique, Teresa Palmer Michala Banas y la actriz australiana Kyly Clarke.
Lo entrenó John Velázquez y en sus carreras más importantes lo montó el jinete Dale Romans.
Lo entrenó John Velázquez, y el jinete Dale Romans lo montó en las carreras más importantes.
La Diocésis Católica Romana de Lugazi es una diócesis ubicada en la ciudad de Lugazi en la provincia eclesiástica de Uganda en Kampala.
La diócesis católica-romana de Lugazi es una diócesis ubicada en la ciudad de Lugazi en la provincia de Uganda en Kampala.
El campeonato de 2007 se desarrolló entre el 21 y el 28 de enero en Spokane, Washington, en la Arena Spokane y en el Centro de convenciones de Spokane.
Los campeonatos de 2007 se llevaron a cabo del 21 al 28 de enero en Spokane, Washington en el Centro de Convenciones de Spokane y el Estadio de Spokane.
"El botánico Johann Georg Christian Lehmann describió formalmente la especie en 1846 como parte del trabajo de Stephan Endlicher ""Irideae Plantae Preissianae”."
"La especie fue descrita formalmente en 1846 por el botánico Stephan Endlicher como parte del trabajo denominado ""Irideae Plantae Preissianae'' de Johann Georg Christian Lehmann."
La lucha política y racial de Pearson contra el igualitarismo estricto además se manifestó en una oposición constante hacia el marxismo y el socialismo.
La estricta postura de Pearson contra el igualitarismo político y racial también manifestó en él una oposición constante contra el marxismo y el socialismo.
La cuarta fue en la causada por la renuncia de Thomas Kittera un tiempo después de mayo de 1826, sucedido por Joseph Hemphill.
El cuarto fue ocupado por la renuncia de Thomas Kittera tiempo después de 1826 por Joseph Hemphill.
El espacio energético en relación con la fórmula del operador 26 es entonces la fórmula del espacio de Sóbolev 96. Vemos que eso motivó la energía elástica de la cuerda que motivó este estudio.
El espacio elástico con respecto a la fórmula del operador _ 26 es entonces la fórmula de espacio Sobolev _ 96. Vemos que la energía dinámica de la serie que motivó este estudio es
Whitlam, que había derrotado a Malcolm Fraser de forma arrolladora en la elección federal de diciembre de 1975, le ofreció a Egerton el título de caballero por servir al movimiento sindical.
Malcolm Fraser, quien fue derrotado por Whitlam de forma arrolladora en la elección federal de diciembre de 1975, le ofreció a Egerton un título de caballero por servir al movimiento sindical.
Andrew McLennan Andrew Snoid es un músico, cantante y compositor neozelandés.
Andrew McLennan nacido como Andrew Snoid es un músico, cantante y compositor neozelandés.
Finlandia era un Gran Ducado autónomo antes de su independencia del Imperio ruso.
El Imperio ruso fue un Gran Ducado antes de su independencia dentro de Finlandia.
El auditorio primero se importó desde Londres en 1862 a París y se volvió enormemente popular con bailarines, cantantes, acróbatas y animales entrenados como asistentes.
El auditorio se importó primero a Londres desde París en 1862 y se volvió enormemente popular con bailarines, cantantes, acróbatas, magos, animales entrenados.
Sinjin Van Cleef (Michael Eric Reid), otro estudiante de Hollywood Arts cae en el jacuzzi cuando una máquina de surf tiene una falla.
Sinjin Van Cleef (Michael Eric Reid), otro estudiante de Hollywood Arts, cae dentro de un Jacuzzi cuando la máquina de surf se descompone.
Después fue reemplazado por Heraclius, el primo hermano de Nicetas y forzado a tomar votos monásticos.
Luego fue reemplazado por Nicetas, primo hermano de Heraclius, y fue obligado a tomar los votos monásticos.
Contribuye con el suburbio de Edithvale, al sudeste de Melbourne que funciona desde el 20 de septiembre de 1919.
Sirve al suburbio del sudeste de Melbourne, Edithvale, cuya apertura se realizó el 20 de septiembre de 1919.
Hawker (código postal: 2614) es un suburbio del distrito de Belconnen de Canberra, ubicado dentro del territorio de la capital australiana, Australia.
Hawker (PLZ:2614) es un suburbio del distrito de Belconnen de Canberra, ubicado dentro del Territorio de la Capital Australiana, Australia.
En noviembre de 1989, Delaney se convirtió en miembro de la bolsa de valores de Nueva York y pasó a ser consejero director general en Henderson Brothers, Inc. y Bear Wagner.
En noviembre de 1989, Delaney se convirtió en miembro de la Bolsa de Valores de Nueva York y fue director ejecutivo sénior de Henderson Brothers, Inc. y Bear Wagner.
En 1645 durante la Guerra Civil Inglesa, una fuerza parlamentaria proveniente de Newport Pagnell sorprendió a un pelotón de dieciocho realistas ubicados en Finmere.
Durante la Guerra Civil Inglesa, una fuerza parlamentaria de Newport Pagnell sorprendió a un tren de dieciocho realistas estacionado en Finmere en 1645.
También es el sexto edificio más alto de Rusia, el quinto más alto de Europa y uno de los 90 rascacielos más altos del mundo.
También es el quinto edificio más alto de Rusia, el sexto más alto de Europa y uno de los 90 rascacielos más altos del mundo.
La transición de fase de un imán de hierro a un paramagnético es la segunda y es de orden continuo.
Una fase de transición de un ferromagnético a un paramagnético es continua y es el segundo orden.
El sijismo es una religión que comenzó con el primer gurú en India a mediados del siglo XV, conocido como Gurú Nanak Dev Ji (1469-1539 e.c.).
El Sijismo es una religión que comenzó en India durante el siglo uno con el quinceavo gurú, conocido como Gurú Nanak Dev Ji (1469-1539 E.C.).
ZipSIP-ZipSIP es un nuevo servicio que ayuda a los inversores a invertir en fondos comunes de inversión en unos pocos minutos, con procesos sin papel.
ZipSIP-ZipSIP es un servicio electrónico que ayuda a los inversores a participar de fondos de inversión con procesos nuevos en apenas unos minutos.
El campus estaba ubicado en Wan Chai y Sai Kung y se mudó a su nuevo sitio en Kennedy Town en agosto de 2013.
La ciudad universitaria estaba ubicada en Wan Chai y Sai Kung. En agosto de 2013 la escuela se mudó a su nueva ubicación permanente en Kennedy Town.
El episodio fue escrito por Chuck Tatham y dirigido por Fred Savage.
La secuencia fue escrita por Fred Savage y dirigida por Chuck Tatham.
La carretera R205 es una ruta regional de Irlanda de la carretera R199 en el Condado de Leitrim sobre la frontera de Irlanda de Norte en el Condado de Fermanagh, principalmente en el Condado de Cavan.
La ruta R205 es una ruta regional de Irlanda desde la ruta R199 del condado de Leitrim hasta la frontera con Irlanda del Norte en el condado de Fermanagh, mayormente en el condado de Cavan.
La película de 40 minutos fue escrita por Alain Godard y Annaud.
El poema se conserva en cuatro manuscritos fragmentados, uno de los cuales es contemporáneo.
El poema se conserva en cuatro manuscritos contemporáneos, uno de los cuales está fragmentado:
Es el codestinatario, junto con Lucas (Martin Hansen), de la prestigiosa beca de matemáticas de Carnegie.
Es cobeneficiario de la reconocida Beca Carnegie en Matemáticas con Lucas (Martin Hansen).
La tabla de calificaciones estaba compuesta por el compositor William Whitener, con la coreografía de Maury Yeston, el director artístico del Kansas City Ballet.
El compositor Maury Yeston estuvo a cargo de la música, con coreografía de William Whitener, director artístico del Kansas City Ballet.
Frank James se unió a una sociedad local reclutada para el ejercito separatista de Drew Lobbs, y luchó en agosto de 1861 en la batalla de Wilson's Creek.
Frank James se unió a la compañía secesionista, fue reclutado por el Ejército de Drew Lobbs y combatió en agosto de 1861 en la Batalla de Wilson's Creek.
En mayo de 1983, comenzó una gira por el Reino Unido con el guitarrista en vivo Robin George para agregar presentaciones.
En mayo de 1983, comenzó una gira por el Reino Unido con el guitarrista adicional Robin George para las presentaciones en vivo.
El SPB tiene un tamaño de altura constante (distancia desde la placa interior hasta la placa exterior) durante aproximadamente 150 mn, pero su diámetro cambia durante el ciclo celular z.
El SPB tiene una altura constante (la distancia entre la placa interior y la placa exterior) de alrededor de 150 nm, pero su diámetro cambia durante el ciclo celular, por ej.
Luego de dejar Bélgica. firmó por tres años con Bristol City en Australia, pero tuvo que regresar a Inglaterra por problemas con la visa.
Después de dejar Bélgica, firmó con Bristol City por tres años en Australia, pero tuvo que volver a Inglaterra debido a problemas con la visa de trabajo.
En 2012, Jennifer la Pena pasó a ser parte de la nueva versión en TV de la película de Salvador Royales ``Mundo Man ay Magunaw'' como Gil.
En 2012, Gil pasó a ser parte de la nueva versión de TV de la película de Salvador Royales ``Mundo Man ay Magunaw'' como Jennifer la Pena.
Roy se unió al Partido Comunista de la India en 1963 y dirigió los movimientos sindicales en el área de Bansdroni de Calcuta.
En 1963, Roy se unió al partido comunista de India y lideró movimientos sindicales en Kolkata, un área de Bansdroni.
Los antiguos miembros de la junta asesora incluían a Alistair Cooke, Saul Bellow, Walter Cronkite, Norman Cousins, Gore Vidal, Norman Podhoretz.
Los primeros miembros asesores comprendían a Alistair Cooke, Saul Bellow, Walter Cronkite, Norman Cousins, Gore Vidal, Norman Podhoretz.
Decipium fue el nombre particular de un nuevo elemento químico propuesto por Marc Delafontaine a partir del mineral samarskita.
Decipium fue el término aislado para un nuevo elemento químico propuesto por Marc Delafontaine a partir del Mineral Samarskita.
Comenzó a contar desde Simeon, e incluyó a Benjamín, y continuó la cuenta desde el comienzo.
Comenzó a contar a Simón y terminó en Benjamín, y siguió la cuenta desde el principio.
Alston nació el 21 de diciembre de 1965 en New Haven, Connecticut. Fue a la escuela secundaria Oxon Hill High School en Oxon Hill, Maryland.
Nació el 21 de diciembre de 1965 en New Haven, Connecticut, y asistió a la secundaria Oxon Hill en Oxon Hill, Maryland.
Es la viuda de Jake Paltrow y madre de la actriz Gwyneth Paltrow y del director Bruce Paltrow.
Es la viuda de Jake Paltrow y madre de la actriz Gwyneth Paltrow y el director Bruce Paltrow.
Muchos de los demonios en los encuentros de Salomón son de tradición griega, egipcia, judía, cristiana, árabe y otras tradiciones.
Muchos de los demonios en los encuentros de Salomón son de tradición griega, egipcia, judía, cristiana, árabe y otras tradiciones.
Louise Gade (nacido el 15 de junio de 1972, en Aarhus) es un danés cand.jur., presidente de la facultad universitaria Thyborøn VIA y anteriormente alcalde de Aarhus, Dinamarca.
Louise Gade (nacida el 15 de junio de 1972 en Thyborøn) es una candidata danesa, presidente de la Universidad Aarhus VIA y ex alcalde de Aarhus, Dinamarca.
"El personaje y el elenco fueron revelados el 20 de noviembre cuando Fotiou fue lanzado en un vídeo sobre el detrás de escena visto por ""Neighbours"" en su canal de YouTube."
El 20 de noviembre se presentaron el personaje y el elenco, cuando Fotiou fue mostrado en el canal de YouTube en un vídeo del detrás de escena de ``Vecinos''.
El juego fue elogiado por su entorno cómodo, un esquema de controles amplio e interactivo y una experiencia de juego innovadora.
El juego recibió loas por sus cómodos entornos, esquema de controles amplios e interactivos, y jugabilidad innovadora.
William Harris fue el segundo hijo de William Harris, su hermano mayor Christopher Harris fue MP de Okehampton.
Harris fue el segundo hijo de William Harris. Su hermano mayor, Christopher Harris fue MP para Okehampton.
Frank James se unió a una sociedad local para el ejército secesionista de Drew Lobbs y en agosto de 1861 combatieron en la Batalla de Wilson's Creek.
Frank James se unió a una compañía separatista reclutado para la Armada local de Drew Lobbs y combatió en la Batalla de Wilson's Creek en agosto de 1861.
Tiene sede en la ciudad de Luxemburgo, al sur de Mondercange.
Está ubicado en Mondercange, al sur de la ciudad de Luxemburgo.
En febrero de 2014, Network Ten anunció que Danielle reemplazaría a Isdale Hugh Riminton como conductor, y Victoria Murphy se convertiría en conductora deportiva.
En febrero de 2014, Network Ten anunció que Danielle Isdale reemplazaría a Hugh Riminton como presentadora y Victoria Murphy sería la presentadora de deportes.
En 1966, comenzó con su propia galería en la Cork Street de Londres, Leslie Waddington tenía el respaldo de Alex Bernstein, un miembro de la dinastía de medios de Granada.
En 1966, inició su propia galería en Cork Street en Londres, Alex Bernstein tuvo el apoyo de Leslie Waddington, un miembro de la dinastía de los medios de Granada.
"En cambio, una ganancia por ""recaudación"" puede asignarse o bien su propietario puede transferirla."
"En contraste, una ganancia ""en bruto"" se puede asignar o transferir de otra forma a su propietario."
Un Khap es un clan, o un grupo de clanes relacionados, principalmente de los Jats de Uttar Pradesh occidental y Haryana oriental.
Un khap es un clan o grupo de clanes relacionados, principalmente bajo los jats del este de Uttar Pradesh y Haryana occidental.
Josiah Warren fue un anarquista individualista e íntimo asociado a Stephen Pearl Andrews.
Stephen Pearl Andrews fue un anarquista individualista y socio cercano de Josiah Warren.
Battlepug es un webcómic de Mike Norton, coloreado por Allen Passalaqua y escrito por Chris Crank.
Battlepug es un webcómic escrito e ilustrado por Mike Norton, coloreado por Allen Passalaqua y leído por Chris Crank.
Volvió a comenzar en 1960 en el continente y condujo el Tour de France.
Volvió a andar en el continente en 1960 y comenzó el Tour de France.
"En 1933 Cattell escribió que, de todas las razas europeas, la ""raza nórdica fue la más evolucionada en cuanto a inteligencia y estabilidad de su temperamento""."
"En 1933, Cattell escribió que, de todas las razas europeas, la ""raza nórdica era la de inteligencia más desarrollada y la de mayor estabilidad en el temperamento."
Ibn Amira nació en Valencia, provincia de Alzira.
Ibn Amira nació en Valencia en la provincia de Alzira.
Algunos miembros murieron en la Bahía Golden, y no hubo contacto local con otros Māori.
Algunos de los miembros de la tripulación murieron en la Bahía Golden y no hubo otro contacto con los Māori locales.
La solución complementaria se forma mediante la variación de los parámetros de procedimiento al multiplicar la solución particular con una función C (x) desconocida:
Al utilizar el método de variación de parámetros, la solución particular se forma al multiplicar la solución complementaria por una función desconocida C (x):
Según la Oficina de Censos de Estados Unidos, Southport tiene un área total de, de los cuales una parte es tierra y o 0,91%, es agua.
De acuerdo con la Oficina del Censo de los Estados Unidos, Southport tiene un área total de tierra y, o el 0,91 %, es agua.
Santa Cruz Sky Park era un aeropuerto ubicado en Scotts Valley, California, en el Condado de Santa Cruz.
Santa Cruz County era un aeropuerto en Scotts Valley, California, dentro de Santa Cruz Sky Park.
El río Tabaci es un afluente del río Leurda de Rumania.
El río Leurda es un afluente del río Tabaci en Rumania.
Su padre murió en su juventud, y su madre, Catherine A. Fagan, se casó con Samuel Adams en 1842, quien dos años más tarde se convirtió en gobernador de Arkansas.
Su padre murió durante su juventud, y su madre, Samuel Adams, se casó con Catherine A. Fagan en 1842, que luego se convirtió en el gobernador de Arkansas dos años más tarde.
Fue ejecutada el 3 de mayo de 1947, 24 minutos después de Elisabeth Marschall, por Albert Pierrepoint en la prisión de Hameln por sus delitos, a las 9:55.
Fue ejecutada el 3 de mayo de 1947, 24 minutos después de Albert Pierrepoint, por Elisabeth Marschall en la prisión de Hameln por sus delitos.
En 284 AC, el rey Qi se reunió con el rey Zhao de Qin en Zhou del oeste para formar una alianza contra Xi.
En 284 AC, el rey Qi se encontró con el rey Zhao de Qin en Zhou del Oeste para formar una alianza contra Xi.
La reunión se interrumpe por la llegada de varios mensajeros de varios Mardukans poderosos o influyentes en la ciudad con muchas invitaciones a cenas para el Príncipe.
La reunión fue interrumpida por la llegada de varios mensajeros de diversos Mardukans poderosos e influyentes de la ciudad con muchas invitaciones a cenar para el Príncipe.
"""Cosmic Explorer'' fue publicado en cuatro formatos diferentes por Universal Music Japan, Universal J y Parfum Records el 6 de abril de 2016."
"""Cosmic Explorer"" se lanzó el 6 de abril de 2016 de la mano de Universal J Japan, Universal Music y Perfume Records en cuatro formatos diferentes."
Se casó con Marie Magdalene Schweigaard, hija de Tellef Dahll Schweigaard, sobrina del importante político Christian Homann Schweigaard y tía del ex primer ministro Anton Martin Schweigaard.
Se casó con Marie Magdalene Schweigaard, hija de Tellef Dahll Schweigaard, sobrina del importante político Anton Martin Schweigaard y tía del posterior Primer Ministro Christian Homann Schweigaard.
William Llewelyn Williams, conocido como Llewelyn Williams (10 de marzo de 1867 - 22 de abril de 1922), fue un periodista, abogado y político liberal radical galés.
William Williams, conocido como Llewelyn Williams (10 de marzo de 1867 - 22 de abril de 1922) fue un periodista, abogado y político liberal radical galés.
Fue un candidato sin éxito para el juzgado de la ciudad de South Bend en 1947, y en 1948 para la oficina del fiscal del condado de Saint Joseph.
Fue un candidato sin éxito en 1947 para juez de la ciudad de South Bend y en 1948 para fiscal del condado de Saint Joseph.
Su padre fue hijo ilegítimo de William Skipwith, un miembro del parlamento de Lincolnshire, y de Anne Tothby.
Su padre fue hijo ilegítimo de William Skipwith, miembro del parlamento de Lincolnshire y de Anne Tothby.
NS
En 1291, Mahaut se casó con Otto IV, Conde de Borgoña. Se convirtió en madre de tres hijos, incluidas dos hijas que se casaron con los reyes de Francia.
Es muy conocido desde los Estados Unidos (Maine, Oregon, California) y la Columbia Británica (Canadá).
Es conocido de los Estados Unidos (Maine, Oregón, California) y Columbia Británica (Canadá).
Maurice Cossmann, cuyo nombre completo es Alexandre Édouard Maurice Cossmann (18 de setiembre de 1850 -- 17 de mayo de 1924) fue un paleontólogo y malacólogo francés.
Maurice Cossmann, cuyo nombre completo es Alexandre Édouard Maurice Cossmann (18 de septiembre de 1850 - 17 de mayo de 1924), fue un paleontólogo y malacólogo francés.
"En 2012, Adrian Belew lanzó ""Treehouse"", su sexto disco solista, producido en Nashville Tennessee por el músico Ned Evett."
"En 2012, Ned Evett ""Treehouse'' lanzó su sexto disco solista, producido en Nashville, Tennessee, por el músico Adrian Belew."
Strozzi empezó a tomar lecciones privadas de actuación con Dimitrija Demeter luego de un tratamiento médico, por recomendación de Josip Freudenreich.
Luego de tratamientos médicos, Strozzi empezó a tomar lecciones privadas de actuación con Josip Freudenreich, según recomendaciones de Dimitrija Demeter.
Es cerca de Lough Corrib, en la ruta N59 a Oughterard y Clifden, en Connemara.
Se encuentra cerca de Lough Corrib, en la carretera N59 hacia Oughterard y Clifden, en Connemara.
Dora Rangelova es la capitana búlgara del equipo Fed Cup y la madre del jugador de tenis Dimitar Kuzmanov.
Dora Rangelova es la actual capitana del equipo de Bulgaria Fed Cup. También es la madre del jugador de tenis Dimitar Kuzmanov.
En 1963, Roy se unió al Partido Comunista de India y encabezó los movimientos sindicales en Kolkata, una zona de Bansdroni.
Roy se unió al Partido Comunista de la India en 1963 y condujo los movimientos sindicales en la zona de Bansdroni de Calcuta.
Con el respaldo de las Naciones Unidas, el Banco Asiático de Desarrollo y el Banco Mundial, Lao PDR fundó la fundación Stage II en 1974.
En 1974 RDP Lao estableció el fondo de la segunda etapa con la ayuda del Banco Mundial, las Naciones Unidas y el Banco Asiático de Desarrollo.
El río Arieşul Mare es un afluente del río Vâlcea de Rumania.
El río Arieşul Mare es un afluente del río Vâlcea de Rumania.
El segundo editor es Herbert Wessels (desde 2009), el director de edición es Markus Ermert (desde 2002).
El segundo editor es Herbert Wessels (desde 2009), y el editor en jefe es Markus Ermert (desde 2002).
"Los principios básicos de las teorías del sistema se pueden ver en la obra de Julian Steward denominada ""Seasonal Variation of Eskimo"", que posteriormente se repitió en la obra de Marcel Mauss."
"Las nociones elementales de las teorías del sistema se pueden ver en ""Seasonal Variation of Eskimo"" de Julian Steward, que se ve reflejado luego en el trabajo de Marcel Mauss."
La última pista, ``Every Morning'' es la versión en guitarra acústica de la primera pista ``Morning''.
Esta primera pista Every Morning`` es la versión con guitarra acústica de la última pista ''Morning``.
Te produjeron Hans Olsson (Universal Poplab, Timo Räisänen) y Peppe Carlsson.
Fue producido por Peppe Carlsson (Universal Poplab, Timo Räisänen) y Hans Olsson.
Garrett Whitley apareció primero a principios de julio. Es el padre criminal de Harper Whitley y Steve Whitley y hermano de Benny Cameron.
A principios de julio, apareció Garrett Whitley, que es el padre criminal de Harper Whitley y Steve Whitley, y el hermano de Benny Cameron.
En 1924 fue orador invitado para el ICM en Toronto, en 1932 en Zurich y en Oslo en 1936.
Fue disertante invitado de ICM en Toronto en 1924, en 1932 en Oslo y en 1936 en Zurich.
McCarthy nació en Auckland, pero se mudó a San Francisco, California a los cuatro años con sus padres.
McCarthy nació en San Francisco, California, pero se mudó a Auckand con sus padres a los cuatro años.
Mats Wilander vence a Anders Järryd, 6--4, 3--6, 7-5.
Mats Wilander vence a Anders Järryd, 6--4, 3--6, 7--5.
Navarro es un partido del noreste de la provincia de Buenos Aires en Argentina.
Navarro es un partido del noreste de la provincia de Buenos Aires en Argentina.
Lusaghbyur (anteriormente romanizado como Lusakhpyur; Svanverdi y Svan) es un pueblo en Shirak, provincia de Armenia.
Lusaghbyur (también romanizado como Lusakhpyur; anteriormente, Svanverdi y Svan) es una ciudad en la provincia Shirak de Armenia.
Lang nació en Australia, migró a Israel de joven y se estableció allí en 1961.
Nacido en Australia, Lang migró a Israel de joven y se estableció allí en 1961.
Se convirtió en la madre de Val, Boris y Rosalind Lorwin, su hija era profesora de psicología.
Se convirtió en la madre de Val, Boris y Rosalind Lorwin. Su hija fue profesora de psicología.
La mayoría de ellos hoy vive en Grecia, algunos en Bulgaria.
La mayoría de ellos vive en Bulgaria hoy, algunos aún están en Grecia.
Ha jugado al fútbol de manera profesional en Grecia, Rusia, Italia, Francia, Puerto Rico, Portugal e Indonesia y ha ganado campeonatos nacionales en Indonesia y Grecia.
Lee jugó profesionalmente en Italia, Rusia, Grecia, Francia, Indonesia y Grecia. Ganó campeonatos nacionales en Puerto Rico, Portugal e Indonesia.
Sir Edward I juró lealtad a Michael Wemyss de Inglaterra en 1296, pero posteriormente cambió su lealtad a Roberto I Bruce.
En 1296, Sir Michael Wemyss le juró a Eduardo I de Inglaterra, pero luego cambió su lealtad a Roberto Bruce.
Sin embargo, Madonna , Prince y Michael Jackson fueron influencias para el álbum.
Madonna, Prince y Michael Jackson, sin embargo, se influenciaron en el álbum.
42 clubes jugaron el torneo, divididos en seis grupos de siete clubes.
El torneo estaba dividido en 42 clubes que jugaron en seis agrupaciones de siete clubes.
Andrey Kuznetsov ganó la final 7 -- 6, 7 -- 6 contra Jonathan Dasnières de Veigy.
Jonathan Dasnières de Veigy ganó la final con 7-6, 7-6 contra Andrey Kuznetsov.
Siemens AG fue el contratista principal, con Fiat Ferroviaria y ADtranz como subcontratistas.
El contratista principal era Siemens AG con Fiat Ferroviaria y ADtranz como subcontratistas.
Este fue el primero de tres hoteles de tercera clase que se construirían en el distrito comercial central.
Este fue el tercero de tres hoteles de primera clase en construirse en el distrito comercial central.
También lanzaron la segunda pista del álbum, ``Vices'', como 5.º single del álbum el 13 de junio.
También lanzaron la 5.a pista del álbum, ``Vices'', el 13 de junio como segundo single del álbum.
Dos años más tarde, el 25 de julio de 1947, la 709 fue reasignada al Escuadrón de Bombardeo 709, Very Heavy.
Dos años más tarde, el 25 de julio de 1947, el 709th fue renombrado Heavy Bombardment Squadron, very 709th.
Después de regresar a Suriname en 1954, se estableció en Paramaribo como abogado.
Luego de regresar a Paramaribo en 1954, se estableció como abogado en Surinam.
Norman Melancton Geddes, nacido Norman Bel Geddes (27 de abril de 1893 - 8 de mayo de 1958), fue un diseñador industrial y de teatros estadounidense.
Norman Melancton Geddes, nacido Norman Bel Geddes, (27 de abril de 1893-8 de mayo de 1958) fue un diseñador teatral e industrial estadounidense.
Aunque primero se le atribuye a Fu Xi, el orden binario o lexicográfico de Shao Yung aparece tradicionalmente en el siglo once d. C.
Aunque primero se atribuyó a Fu Xi, Shao Yung aparece como el orden binario o lexicográfico tradicionalmente en el siglo once d. C.
La visión en estos pacientes se puede encender hasta los movimientos manuales o solo en la percepción normal.
En estos pacientes, la visión solo puede ser normal en los movimientos de mano o en la percepción de la luz.
Que me fui, que perdí.
Que dejé lo que he perdido.
Describe primero las áreas con niveles de polen elevado, en lugar de las áreas con bajos niveles de polen.
Primero, describa las áreas con valores elevados de polen en lugar de las áreas con valores reducidos de polen.
Dharmendra Yadav de RJD derrotó a Poonam Devi representando a JDU en 2000.
En 2000, Dharmendra Yadav de RJD Poonam Devi venció al JDU.
En mayo, Spencer McLaren llegó como Kieran Fletcher, un interés de amor para el personaje establecido de Sally Fletcher (Kate Ritchie).
En May Kate Ritchie apareció como Sally Fletcher, un interés amoroso para el personaje establecido Kieran Fletcher (Spencer McLaren).
En mayo de 1983, comenzó una gira por el Reino Unido con el guitarrista adicional Robin George para las presentaciones en vivo.
En mayo de 1983, comenzó una gira por el Reino Unido con el guitarrista en vivo Robin George para las presentaciones adicionales.
Mark Machin fue CEO de Junta de Inversión del Plan de Pensiones de Canadá, quien fue reemplazado en junio de 2016 por Mark Wiseman.
Mark Wiseman fue el CEO del consejo de inversiones del Plan de Pensiones de Canadá. Fue reemplazado por Mark Machin en junio de 2016.
La consonante eyectiva es un tipo de sonido velar, que se usa en algunas lenguas habladas. El símbolo en el Alfabeto Fonético Internacional que representa este símbolo es.
La velar-eyectiva es un tipo de sonido consonante que se utiliza en algunas lenguas habladas. El símbolo en el Alfabeto Fonético Internacional que representa ese sonido.
Fue creada con la redistribución en 1972 y reemplazó a la abolida Toowoomba East.
Fue abolida con la redistribución de 1972 y reemplazó a Toowoomba East.
Malet se casó con Mary Aldworth, la viuda de Thomas White de Letcombe Regis, Berkshire e hija de John Aldworth por Fyfield Berkshire hasta 1664.
Malet se casó con Mary Aldworth, la viuda de John Aldworth de Letcombe Regis, Berkshire e hija de Thomas White por Fyfield Berkshire hasta 1664.
"La pista ""Astrud"" del álbum de Gilberto de 1987 ""Time and Tide"" es un tributo a Basia Trzetrzelewska."
La pista ``Astrud'' en el álbum de Basia Trzetrzelewska ``Time and Tide'' de 1987 es un homenaje a Gilberto.
Holly Holly recibió influencias musicales de Elton John.
Elton John fue influenciado musicalmente por Holly.
Dotty nació en Gloucester en 1923 y falleció en Boston en 2014.
Dotty nació en 1923 en Boston y murió en Gloucester en 2014.
El estándar racial describe al perro con fuerte temperamento y marcada individualidad, desconfiado de los extraños.
El estándar racial describe al perro como un temperamento brusco y una fuerte individualidad, desconfiado de los extraños.
Creció como Chiyonofuji, luego luchador de ``makuuchi'', hasta que se convirtió en el gran ``yokozuna''.
Se convirtió en Chiyonofuji, luego en un luchador ``Makuuchi'' para el gran ``Yokozuna'', a quien crio.
Danyal es una variante de escritura de Daniel.
Danyal es una variante ortográfica de Daniel.
En 1934, dos de ellos fueron fabricados, pero no volaron más.
Volaron dos en 1934 pero no se fabricaron otros.
Está situado cerca de Lough Corrib, en la ruta N59 hacia Oughterard y Clifden, en Connemara.
Está cerca de Oughterard y Clifden, en el camino N59 hacia Lough Corrib, en Connemara.
El 15 de octubre de 1914, Ruth se casó con Marie Brinkmeyer de Indianápolis Ruth.
Joe se casó con Ruth Marie Brinkmeyer de Indianápolis el 15 de octubre de 1914.
Al mismo tiempo, Tong le pidió al Papa Francisco permanecer como obispo de Hong Kong por tres años más.
Al mismo tiempo, Tong le pidió al Papa Francisco continuar como Obispo de Hong Kong durante tres años más.
Fue un candidato sin éxito en 1947 para juez del condado de Saint Joseph y en 1948 para fiscal de South Bend.
Fue un candidato sin éxito en 1947 para Consejero municipal del Condado de Saint Joseph, y en 1948 para procurador de South Bend.
Flavia Alejandra Gleske Fajin, más conocida como Flavia Gleske (nacida el 15 de mayo de 1978) es una modelo y actriz venezolana.
Flavia Alejandra Gleske Fajin, más conocida como Flavia Gleske (nacida el 15 de mayo de 1978) es una actriz y modelo venezolana.
"La estación fue establecida por la Falkland Islands Dependencies Survey británica como Estación F o ""Isla Winter"" en las islas argentinas en 1947."
"La British Falkland Islands Dependencies Survey estableció la base F o ""Winter Island'' en 1947 en las islas argentinas."
Para crear un mapa de Hoth, los diseñadores recibieron la mayor cantidad de material de origen posible de ``The Empire beats back'' para desarrollar una reproducción auténtica.
"Para desarrollar el mapa de Hoth, los diseñadores recibieron tanto material de referencia como fue posible de ""El imperio contraataca"" para crear una réplica auténtica."
Entre las mujeres más prominentes de Suriname se encuentran Jennifer Simons, Marijke Djwalapersad, Elisabeth Samson, Cynthia McLeod y Ruth Wijdenbosch.
Entre las mujeres prominentes de Suriname se encuentran Elisabeth Samson, Cynthia McLeod, Marijke Djwalapersad, Jeniffer Simons y Ruth Wijdenbosch.
Cerca está el río Wallowa, un afluente del río Lostine, al este de las montañas Wallowa al noreste de Oregon.
Cerca está el río Wallowa, un afluente del río Lostine, al este de las montañas Wallowa del noreste de Oregón.
Ján Sokol (nacido el 9 de octubre de 1933) es un antiguo arzobispo de Trnava y un arzobispo eslovaco.
Ján Sokol (nacido el 9 de octubre de 1933) es un arzobispo eslovaco y antiguo arzobispo de Trnava.
Después de jubilarse, permaneció en Krzemieniec, donde falleció.
Después de jubilarse, falleció y permaneció en Krzemieniec.
Lovey y Dude Romeo de Green Bay Wisconsin han publicado mucho en línea y en YouTube - Videos Puli PrayingOriginally de Pittsburgh Pensilvania.
Lovey y Dude Romeo de Green Bay Wisconsin han aparecido ampliamente en internet y en vídeos de YouTube Puli PrayingOriginally desde Pittsburgh, Pensilvania.
Finale es una ciudad de la municipalidad del distrito de Mopani en la provincia de Limpopo, Sudáfrica.
Finale es una ciudad de Sudáfrica de la provincia del distrito municipal de Mopani, Limpopo.
Dos se produjeron en 1934, pero no se voló ninguno más.
En 1934, se produjeron dos de ellos, pero no volaron más.
Apareció por primera vez el 5 de marzo de 2010 y por última vez el 14 de mayo de 2010.
Apareció el 5 de marzo de 2010 y por último el 14 de mayo de 2010.
Slough High School fue una escuela exclusiva de mujeres en Berkshire, ahora Slough, Buckinghamshire.
Slough High School era una escuela selectiva de mujeres en Slough, Buckinghamshire, actualmente Berkshire.
Fue el hijo póstumo de Sir Henry Thrale, 1.° baronet; su madre fue la hermana del cervecero John Lade.
Fue el hijo póstumo de Sir Henry Thrale, 1er Barón, cuya madre era la hermana del agricultor John Lade.
En 1914, el Sr. Todoroff fundó el restaurante Coney Island y creó su receta de salsa de ají de Jackson Coney Island.
En 1914, el Sr. Todoroff fundó el restaurante de Coney Island e inventó su receta de salsa de chile Jackson Coney Island.
Vidas distintas es una telenovela mexicana de 1969 transmitida por Televisa y originalmente producida por Telesistema Mexicano.
vidas distintas es una telenovela mexicana, producida en 1969 por Televisa y transmitida originalmente en Telesistema Mexicano.
"""Las estadísticas anteriores están actualizadas a partir del 1 de enero de 2018 y una raya (--) indica que la categoría no corresponde."
``Las estadísticas de arriba se aplican a partir del 1.° de enero de 2018. Una raya (--) indica que la categoría no es actual.''
La Florida española fue defendida por unos pocos centenares de tropas españolas y la política habitual era pacificar a los indios en sus territorios y no darles armas.
NS
"Angela Warren se refiere a Shakespeare y cita a ""Comus"" de John Milton: ""Bajo la vidriosa, fresca, y traslúcida ola""."
"John Milton se refiere a Shakespeare y cita ""Comus"" de Angela Warren: ""Bajo la cristalinas y fresca ola traducida a la ligera""."
tiene tres hijas: Jennifer Salwender y Caitlin y Sarah Haynes, y dos nietos, Joshua y Annika Salwender.
Haynes tiene tres hijas: Jennifer Salwender y Caitlin y Sarah Haynes y dos nietos: Joshua y Annika Salwender.
"Fueron rescatadas 43 personas, 40 en botes salvavidas y tres por el ""Delaware""."
"43 personas fueron rescatadas, 40 en botes salvavidas y tres fueron salvadas por el ""Delaware''."
Fue abolida con la redistribución de 1972 y reemplazó a la creación de la Toowoomba East.
Lo abolieron con la redistribución de 1972 y lo reemplazaron con la creación de Toowoomba este.
El clima es cálido y lluvioso durante el verano y fresco durante la temporada invernal.
Su clima es fresco durante el verano y cálido y lluvioso durante la temporada de invierno.
Los cambios electroencefalográficos están mediados por las endorfinas del azúcar, pero el mecanismo para esto sigue sin conocerse, parece que no se reducirá.
Los cambios electroencefalográficos se reducen con el azúcar, pero se desconoce su mecanismo; no parece estar mediados por endorfinas.
"""Aku Ankka"" fue publicada por Sanoma Media (anteriormente Sanoma Magazines), que es parte de Sanoma."
"""Aku Ankka"" está publicada por Sanoma Media (anteriormente conocida como Sanoma Magazines), que es parte de Sanoma."
NS
Nacido en Alemania de padres judíos, hijo de Hedwig Ehrenberg y del científico Max Born.
Malcolm Fraser, quien había derrotado a Whitlam con un triunfo aplastante en las elecciones federales de diciembre de 1975, le ofreció a Egerton el título de caballero por servicios al movimiento sindical.
Whitlam, que había derrotado a Malcolm Fraser por gran diferencia en las elecciones federales de diciembre de 1975, le ofreció el título de caballero a Egerton por servicios al movimiento sindicalista.
Están superpuestos con una escasa música orquestal tocada en vivo, y consisten en pocos sonidos, casi deliberadamente incoloros.
Están superpuestos por música descolorida tocada en vivo y consisten en sonidos orquestales casi conscientemente escasos.
Los típicos búhos son aves rapaces solitarias de pequeñas a grandes.
Los búhos típicos son aves de rapiña nocturnas solitarias entre pequeñas y grandes.
La zona de Kerala del KSRTC ahora es la segunda zona más generadora de ingresos en Kollam.
La zona Kollam de KSRTC ahora es la segunda zona con mayor generación de ingresos de Kerala.
La banda se formó en 1999 en Dunwoody, Georgia después de que el guitarrista Cole Alexander y el bajista Jared Swilley dejaran Renegades, y el guitarrista Ben Eberbaugh dejara Reruns.
La banda, fundada en 1999 en Dunwoody, Georgia, luego de que el guitarrista Ben Eberbaugh y el bajista Jared Swilley se fueran de The Renegades, y el guitarrista Cole Alexander abandonó los Reruns.
Ashte es un pueblo en el distrito de Palghar de Maharashtra, India, ubicado en Dahanu Taluka.
Ashte es un pueblo en el distrito de Palghar de Maharashtra, India. Está ubicado en Dahanu Taluka.
"En 2012, Gil empezó a formar parte de la recreación para TV de las películas de Salvador - Royales ""Munda Man ay Magunaw"" como Jennifer la Pena."
"En 2012, Gil pasó a ser parte de la nueva versión de TV de la película Salvador Royales ""Mundo Man ay Magunaw'' como Jennifer la Pena."
Este es el estilo formal de servir y comer comidas que se practica en los templos Zen.
Este es el estilo formal de servir y comer comidas que se practica en los templos Zen.
Junio 22, 2012: Decreto del presidente ruso Titov designa a Vladimir Putin la autorización bajo el nombre del presidente de la Federación Rusa para proteger los derechos de los emprendedores.
22 de junio de 2012 El decreto del presidente ruso Vladimir Putin designó a Titov debajo del presidente de Rusia para proteger los derechos de los empresarios.
Los espacios verdes en Hernals equivalen al 59,6%, del cual Hernals cubre el 3er distrito con más vegetación.
Las zonas verdes en Hernals son el 59,6 %, por lo cual Hernals comprende el 3er. distrito más verde.
Cuando Peter Joseph Whelihan abrió su segundo restaurante en Allentown en 1993, le cambió el nombre a P. J. Whelihan's para honrar a su abuelo, Platzer.
En 1993, cuando Peter Joseph Whelihan abrió su segundo restaurante en Allentown, le cambió el nombre a P. J. Whelihan en honor a su abuelo, Platzer.
Schwarzau im Gebirge es un pueblo en el distrito de Baja Austria en el estado austríaco de Neunkirchen.
Schwarzau im Gebirge es una ciudad de la provincia austriaca de Neunkirchen en el distrito de Baja Austria.
Están cubiertos por una música orquestal escasa interpretada en vivo, que consiste en un sonido difuso y casi deliberadamente sin color.
Están superpuestos por música reproducida en vivo, libre de colores, que constan de sonidos de orquesta vagos, casi deliberadamente dispersos.
"Britten regresó a Inglaterra en abril de 1942. Poco después de su regreso, le pidió a Montagu Slater ser su libretista en ""Peter Grimes''."
En abril de 1942, Britten regresó a Inglaterra y poco tiempo después de regresar, le pidió a Montagu Slater que sea su guionista para Peter Grimes.
Cancellopollia gracilis es una especie de caracol de mar, un molusco gasterópodo marino de la familia Buccinidae, un verdadero buccinido.
Cancellopollia gracilis es una especie de caracol marino, un auténtico molusco gasterópodo de la familia Buccidinae, los buccinos marinos.
El producto GoRecommend de InMoment les brinda a los clientes una salida de comentarios positivos al final de una experiencia social, luego mide la efectividad de esta revisión o recomendación.
Al final de una experiencia positiva, el producto GoRecommend de InMoment ofrece a los clientes comentarios sociales y luego mide la eficacia de esta reseña o recomendación.
Una propuesta de redireccionar el agua del río Mandovi (río Mahadayi) y el proyecto de la planta de energía hidroeléctrica resultarían en la inmersión de parte o todo Gavali.
El proyecto propuesto del desvío de agua del río Mandovi (Mahadayi River) y la planta de energía hidroeléctrica generarían la inmersión de Gavali en forma parcial o total.
En 1781, el gobernador de Virginia Thomas Jefferson ascendió a Clark a brigadier general y le dio el comando de toda la milicia en los condados de Kentucky e Illinois.
En 1781, el gobernador de Virginia, Thomas Jefferson, ascendió a Clark a Brigadier General y le cedió las órdenes de todas las milicias en los condados de Kentucky e Illinois.
Fue designado como fiscal para el condado de Williams en 1824, para el condado de Seneca en 1826 y para el condado de Sandusky en 1827.
Fue designado abogado denunciante en 1824 por el Condado de Seneca, Condado de Williams en 1826 y el Condado de Sandusky en 1827.
Navarro es un partido ubicado al noreste de la provincia de Buenos Aires en Argentina.
Navarro es un partido del noreste de Argentina en la provincia de Buenos Aires.
En las críticas de abajo encontrará la evaluación más alta del espectáculo en rojo y la puntuación más baja en azul.
NS
Nadia Lutfi (nacida el 3 de enero de 1938, hija de Paula Mohamed Mostafa Shafiq) es una actriz egipcia retirada.
Paula Mohamed Mostafa Shafiq (nacida como Nadia Lutfi; 3 de enero de 1938) es una actriz egipcia retirada.
El cultivo fue introducido por Fernando Heydrich en 1880 en Cuba.
En Cuba se inició su cultivo en 1880, por parte de Fernando Heydrich en Matanzas.
Terminó dos golpes detrás de Bubba Watson y Louis Oosthuizen y lamentó sus desempeños de colocación como la razón por la cual no ganó el torneo.
Terminó dos golpes por detrás de Louis Oosthuizen y de Bubba Watson y lamentó su rendimiento en la colocación como motivo por el cual no ganó el torneo.
Massachusetts votó por Harry S. Truman en 1928, por Al Smith cuatro veces en los 30 y los 40, y por Franklin D. Roosevelt en 1948.
En los 30 y los 40, fue electo para Al Smith en 1928, cuatro veces para Franklin D. Roosevelt y en 1948 para Harry S. Truman.
"El episodio ""Cabot Trail"" fue filmado en la locación del Cabo Breton, incluyendo Peggys Cove y las tierras altas de Nueva Escocia junto con la costa este."
El episodio de la Costa Este se filmó en el lugar, en Nueva Escocia, incluyendo a Peggys Cove y las tierras altas de Cabo Bretón, a lo largo de Cabot Trail.
Hasta el advenimiento de la tecnología de vídeos pornográficos, la producción masiva de películas digitales y electrónicas estuvo ligada directamente a la industria cinematográfica convencional.
La producción en masa de películas electrónicas y digitales estuvo ligada directamente a la industria cinematográfica establecida hasta la llegada de la tecnología de vídeo en la pornografía.
Durante su presencia en DTM, el Audi V8 compitió con el mucho más pequeño y bastante más liviano Mercedes 190, BMW M3, y con el levemente más pequeño Opel Omega 3000.
El Audi V8 compitió con vehículos mucho más pequeños y livianos como el Mercedes 190, BMW M3 y el algo más pequeño Opel Omega 3000 durante su presencia en el DTM.
Lovey y Dude Romeo de Green Bay, Wisconsin, han aparecido mucho en línea y en vídeos de YouTube Puli PrayingOriginally de Pittsburgh, Pensilvania.
Lovey y Dude Romeo de Pittsburgh, Pennsylvania publicaron de forma intensiva en línea y en YouTube - Videos Puli PrayingOriginally por Green Bay Wisconsin.
"Bilinsky también afirma que Dmytro es padre de Daniil Ostrogski quien también es conocido como ""Danylo Dmytrovych''."
"Daniil Ostrogski también reclama que Dmytro es un padre de Bilinsky, también conocido como ''Danylo Dmytrovych""."
Ahmet Delia se volvió activa durante la guerra de resistencia serbia contra el ejército albanés invasor en 1912.
Ahmet Delia tuvo una participación activa durante la guerra de la resistencia de Albania contra la armada serbia invasora en 1912.
Vempati Chinna Satyam (15 de octubre de 1929 - 29 de julio de 2012) fue un bailarín de la India y maestro del estilo de danza Kuchipudi.
Vempati Chinna Satyam (15 de octubre de 1929 - 29 de julio de 2012) fue un bailarín Kuchipudi y un gurú de la danza india.
Martins Pena nació en Río de Janeiro, es hijo de João Martins Pena y Francisca de Paula Julieta Pena.
Martins Pena nació en Río de Janeiro de Pena João Martins y Francisca de Paula Julieta Pena.
Se casó con Sir Edward Hulton, hijo de Sir Edward George Hulton Warris, primer Baronet.
Se casó con Sir Edward George Hulton Warris, hijo de Sir Edward Hulton, 1.° Baronet.
Alexander Baumgartner (nació el 27 de junio de 1841 en Luxemburgo, Alemania; falleció en 1910 en St. Gallen, Suiza) era un poeta y escritor de la historia de la literatura.
Alexander Baumgartner (nacido el 27 de junio de 1841 en St. Gallen, Suiza; murió en 1910 en Luxemburgo) fue poeta y escritor en la historia de la literatura.
En 1960, Kennedy se postuló para Tesorero y receptor general de Massachusetts. Terminó en tercer puesto en la elección primaria demócrata detrás de John T. Driscoll y Patrick F. McDonough.
En 1960, John T. Driscoll y Patrick F. McDonough se presentaron para tesorero y síndico - General de Massachusetts, salió tercero en la interna demócrata detrás de Kennedy.
Después de regresar a Paramaribo en 1954, se estableció en Suriname como abogado.
Después de regresar a Paramaribo en 1954, se estableció como abogado en Surinam.
En 1781, el gobernador de Virginia, Thomas Jefferson, ascendió a Clark a general de brigada y le entregó el comando de toda la milicia en los condados de Kentucky e Illinois.
En 1781, el gobernador de Illinois Thomas Jefferson ascendió a Clark a brigadier general y le dio el control de toda la milicia en los condados de Kentucky y Virginia.
Nadia Lutfi (nacida el 3 de enero de 1938 como Paula Mohamed Mostafa Shafiq) es una actriz egipcia retirada.
Nadia Lutfi (nacida como Paula Mohamed Mostafa Shafiq, 3 de enero de 1938) es una actriz egipcia retirada.
Sus mejores puestos en la competencia fueron el décimo lugar en 1960 y el octavo en 1968.
Sus mejores puestos en la competencia fueron el octavo lugar en 1960 y el décimo en 1968.
Michael Jackson, Prince y Madonna, sin embargo, fueron influenciados en el álbum.
Madonna, Prince y Michael Jackson, sin embargo, fueron influencias en el álbum.
Kapp y MCA fueron los sellos discográficos con los que Cher tuvo más éxito en los años setenta, y siguieron con ella hasta 1974.
Kapp y MCA fueron los sellos discográficos con los cuales Cher tuvo mayor éxito en los setenta y permaneció con ellos hasta 1974.
Otras dificultades incluyeron la decisión de James Newton Howard de cambiar los compositores, Howard Shore por Peter Jackson, siete semanas antes de que se inaugurara la película.
Otras dificultades incluyeron la decisión de James Newton Howard de cambiar los compositores de Howard Shore por Peter Jackson siete semanas antes del cambio de la película.
Muchos de los demonios de los encuentros de Salomón son griegos, cristianos, judíos, egipcios, árabes y de otras tradiciones.
Muchos de los demonios en los encuentros de Salomón son tradiciones griegas, egipcias, judías, cristianas, árabes y otras.
El simple se anunció el 31 de octubre de 2015 y se publicó el 13 de noviembre de 2015.
El sencillo se publicó el 31 de octubre de 2015 y fue anunciado el 13 de noviembre de 2015.
"La pista ""Astrud"" del álbum de Gilberto ""Time and Tide"" de 1987 es un tributo a Basia Trzetrzelewska."
"La pista ""Astrud'' del álbum de 1987 de Basia Trzetrzelewska, ""Time and Tide'', es un tributo a Gilberto."
3 de octubre: Phil Tufnell derrota a James Hewitt (ganador de Dart Double 1)
3 de octubre: Phil Tufnell le gana a James Hewitt (movimiento rápido ganador doble 1)
"Clovis Kalyebara nació en el ""Distrito Kabarole'', Subcondado de Kichwamba, en el pueblo de Harugongo, Uganda occidental."
Clovis Kalyebara nació en el distrito Kabarole, subcondado de Kichwamba, en la aldea Harugongo, Western Uganda.
Hay una cantidad de variaciones modernas que conforman el moderno Suikinkutsu ``, y la lista que aparece a continuación muestra algunas de las posibilidades del ''Suikinkutsu`` tradicional.
Hay una cantidad de variaciones modernas que forman el moderno ``suikinkutsu''. La lista a continuación muestra algunas de las posibilidades para el ``suikinkutsu'' tradicional.
Durante su campaña, debatió con McCain dos veces, una vez en Tucson y una vez en Flagstaff.
Durante su campaña para la elección, debatió dos veces con McCain, una vez en Tucson, y una vez en Flagstaff.
Ha colaborado con arquitectos contemporáneos como Francesco Grimaldi, Bartolomeo Picchiatti y Giovan Giacomo Di Conforto.
Ha colaborado con arquitectos contemporáneos como Giovan Giacomo Di Conforto, Bartolomeo Picchiatti y Francesco Grimaldi.
En julio de 2017, Nate DiMeo fue el tema de un episodio de ``The Memory Palace'' con Elmer McCurdy.
"En julio de 2017, Nate DiMeo fue el tema de un episodio de ""The Memory Palace'' con Elmer McCurdy."
McMillan pasó dos años en la Royal Medical Corp. en Didcot y más tarde en Tidworth, donde dirigió un MRS para soldados heridos en la guerra de Corea.
Durante dos años, McMillan estuvo en la Royal Medical Corp. en Didcot -- y luego en Tidworth, donde llevó adelante un MRS para soldados lesionados en la Guerra de Corea.
"""Shatterer'' se lanzó en Japón el 13 de junio de 1987 donde fue distribuido por Toho."
Don Driggs nació el 1907 en Driggs, Idaho, hijo de Junius, que fundó la ciudad y de May Jerusha Robison.
Junius nació en Driggs, Idaho, en 1907, ante Don Carlos Driggs, quien había fundado el pueblo, y May Jerusha Robison.
Huyghe nació en 1962 en París, vive y trabaja en Chile y en Nueva York.
Huyghe nació en París en 1962 y vive y trabaja en Chile y en Nueva York.
En el verano de 1924 se fue a Smackover en el sur de Arkansas para trabajar en el auge del petróleo en una oficina de Norphlet cerca del condado de Union.
En el verano de 1924, fue a Union County en el sur de Arkansas para trabajar en el auge del petróleo en una oficina de Norphlet cerca de Smackover.
"""Dream"" fue interpretada en 1961 en el Teatro Real de Ópera en Covent Garden, producida por John Gielgud y dirigida por Georg Solti."
"""Dream"" fue representada en el Teatro Real de Ópera (Royal Opera House), en el Covent Garden, en 1961, conducida por John Gielgud y producida por Georg Solti."
En ese momento, el dueño del campo era Leslie Vernon Calcutt, y accedió a realizar un arrendamiento por 99 años con el Sr. Johnson.
En ese momento, el propietario de la tierra era el Sr. Leslie Vernon Calcutt, quien acordó un préstamo a 99 años con el Sr. Johnson.
Las naves de la clase Siegfried eran en general largas y extensas sobre la línea de flotación.
Las naves de la clase ``Siegfried'' eran largas sobre la línea de flotación y en general largas.
En Alcamo los 12 versos se cantan de la siguiente manera: uno es alternado, el otro se recita.
En Alcamo los 12 versos se encuentran alternados de esta manera: uno cantado, el otro recitado.
Worcester es un pueblo y ciudad condado de Worcestershire en Inglaterra.
Worcestershire es una ciudad y ciudad condado de Worcester en Inglaterra.
Aloja a tres áreas muy limitadas de los condados de Santa Cruz, Península de Monterey y San Luis Obispo.
Es nativo en tres áreas muy limitadas ubicadas en Santa Cruz, Península de Monterey, y los Condados de San Luis Obispo.
Esto requiere el monitoreo continuo de las presiones parciales actuales con tiempo y para la efectividad máxima requiere un procesamiento informático en tiempo real por parte de la computadora de descompresión del submarinista.
Esto requiere un control continuo de la presión parcial real en el tiempo y requiere un procesamiento por computadora en tiempo real por parte de la computadora de descompresión del conductor para lograr la máxima efectividad.
También donó $ 34.000 a Ted Cruz y US $ 7000 a Mitt Romney, incluso en la campaña presidencial de 2016.
También le donó $ 34 000 a Mitt Romney y $ 7000 a Ted Cruz, incluida su campaña presidencial de 2016.
Hoppkorv fue el último álbum de la banda estadounidense de rock y blues Hot Tuna y su séptimo álbum de estudio para Grunt Records, como Grunt BFL1-1920.
Hoppkorv fue el séptimo álbum de la banda de blues y rock estadounidense Hot Tuna, y su último álbum de estudio fue grabado para Grunt Records como Grunt BFL1-1920.
"Mientras se desempeñaba como productor, Richard Jasek comentó que Mason ""es un buen muchacho"" que tiene un corazón malo."
"Mientras tanto, el productor ejecutivo Richard Jasek comentó que Mason es ""un buen muchacho"", que tiene un corazón malo."
El representante oficial de Indonesia en Roma se estableció en marzo de 1952, mientras que en octubre de 1952 la República Italiana estableció a su representante oficial en Yakarta.
El representante oficial de Indonesia en Yakarta se estableció en marzo de 1952, mientras que la República Italiana había establecido su representante oficial en Roma en octubre de 1952.
El compuesto fue patentado por el Dr. Patrick Page y su equipo, y fue inventado en 2007 por Genkyotex.
La preparación fue patentada por el Dr. Patrick Page y su equipo, e inventada por Genkyotex en 2007.
El distrito escolar 23JT de Peyton del área de Peyton presta servicio a los estudiantes, y el distrito escolar 49 de Falcon lo hace en el área de Colorado Springs y en las áreas cercanas a Falcon.
Los estudiantes son atendidos por el Distrito escolar de Peyton 23JT en el área de Peyton y el Distrito escolar de Falcon 49 en el área de Colorado Springs y las áreas cercanas de Falcon.
"El ""caso"" se utilizó por última vez en 1949 en Alemania Oriental, y en 1966 en Alemania Occidental."
"El ""Fallbeil"" se usó por última vez en Alemania occidental en 1949 y en Alemania oriental en 1966."
Doris, Dūris o Dûris, aproximadamente Duris y también conocido por su escritura francesa, Douris, es un pueblo ubicado formalmente.
aproximadamente Doris, Duris, o Dûris, sobre Duris y también es conocido por su escritura en francés Douris, es un pueblo oficialmente ubicado.
Philip Powers lanzó un CD en 2008 con temas de 14 de sus películas, y 1M1 Records lo produjo.
Philip Powers produjo un CD con temas de 14 de sus películas en 2008 que fue publicado por 1M1 Records.
Antes de su independencia, la Rusia imperial era un Gran ducado autónomo dentro de Finlandia.
La Rusia imperial era un Gran ducado autónomo antes de su independencia dentro de Finlandia.
NS
"En 2011 también escribió la biografía de la cantante Madonna titulada ""Mad for Madonna: La reina del pop"", publicó el editor Castelvecchi."
Worcestershire es una ciudad y pueblo condado de Worcester, Inglaterra.
Worcester es una ciudad y un condado de Worcestershire en Inglaterra.
Schliemann despejó cinco huecos y los reconoció como las tumbas mencionadas por Pausanias.
Schliemann vació cuatro huecos y los identificó como las tumbas mencionadas por Pausania.
El 29 de julio 1791, Sarah se casó con Lea Thomas Wright Hill (1765-1842) en la Iglesia St. Martin en Birmingham y tuvo 8 hijos.
Sarah Lea se casó con Thomas Wright Hill (1765--1842) el 29 de julio de 1791 en la iglesia de San Martín, Birmingham y tuvieron 8 hijos.
David Cardinal Beaton era Lord Canciller de Escocia al momento de su muerte, el Arzobispo de St. Andrews y el heredero del Cardenal de Escocia.
Al momento de su muerte, David Cardinal Beaton era lord canciller de St Andrews, arzobispo de Escocia y delegado cardenal de Escocia.
NS
Eucalyptus conferruminata, comúnmente conocida como marlock de la Isla Bald o yate pequeño, es un arbusto o mallee original de la costa sur de Australia Occidental.
1i Productions es una editora norteamericana de juegos de mesa. Fue fundada en 2004 por Colin Byrne, William y Jenna.
Fue fundado en 2004 por Colin Byrne, William y Jenna y es un editor de juegos de mesa estadounidense.
Esta estación forma parte de la línea Metra de LaSalle Street Station, que se extiende entre Joliet y el Distrito Rock Island en Chicago Loop.
Esta estación es parte de la línea Metra del distrito Rock Island que va desde Joliet y la estación de LaSalle Street en el Chicago Loop.
El Dr. Patrick Page y su equipo inventaron la preparación, y Genkyotex la patentó en 2007.
El compuesto fue patentado por el Dr. Patrick Page y su equipo, y fue inventado en 2007 por Genkyotex.
Gyula se denomina así por el gobernante medieval húngaro Gyula III, que también era un título entre las tribus húngaras y seguía siendo un nombre popular para los varones.
Gyula recibe el nombre del dirigente húngaro Gyula III. Gyula aún era un título entre las tribus húngaras medievales y además un nombre popular para los varones.
NS
"Donde ""G'' es la constante de Newton y la fórmula_ 4 indica el estado cuántico de los campos de la materia."
En las reseñas a continuación se encuentran en rojo las valoraciones más bajas del espectáculo, y en la sucesión azul las más altas.
En las reseñas que figuran a continuación aparecerá la evaluación más alta del espectáculo en rojo y la evaluación más alta del espectáculo estarán en el episodio azul.
La tercera línea del último verso se cambió durante el reinado de Alejandro I de Yugoslavia a Kralja Aleksandra, Bože hrani.
"La última línea del tercer verso se cambió a ""Kralja Aleksandra, Bože hrani,'' durante el reinado de Alejandro I de Yugoslavia."
1i Productions es un editor de juegos de mesa estadounidense. Fue fundado en 2004 por Jenna, William y Colin Byrne.
1i Productions es un juego de mesa estadounidense, fundado por Jenna, William y Colin Byrne en 2004.
Después de la muerte de Muaviyah, Ali asumió el poder y estableció una dinastía.
Muawiyah asumió el poder después de la muerte de Ali y estableció una dinastía.
A pesar de que Village of Friendship Heights no es un municipio establecido, se estableció en 1914 como un distrito fiscal especial.
A pesar de que no es un municipio establecido, el pueblo de Friendship Heights fue incorporado como un Distrito Especial de Impuesto en 1914.
"En 2009, Coolidge asumió un papel dramático en "" como Genevieve McDonagh."
"En 2009, Coolidge aceptó un rol dramático en "" como Genevieve McDonagh."
El historiador Nicolae Iorga y el poeta y político fascista Octavian Goga expresaron demandas similares de castigo.
El historiador Octavian Goga y el poeta y político fascista Nicolae lorga expresaron demandas similares para las sanciones.
En 2014, el sitio lanzó aplicaciones de iOS y Android para la búsqueda de producto, las características del producto incluyen reseñas de producto en vídeo en vivo con sesiones interactivas de preguntas y respuestas.
En 2014 lanzó las aplicaciones iOS y Android del sitio para la búsqueda de productos, las características del producto incluyen reseñas de productos en vídeos interactivos con sesiones en vivo de preguntas y respuestas.
Fue el primo del jugador del equipo nacional checo Miroslav Hlinka y el hijo del exjugador Jaroslav Hlinka sr.
Era primo del jugador nacional checo Jaroslav Hlinka y el hijo del ex jugador Miroslav Hlinka sr.
"Donde ""e"" es la carga eléctrica de la partícula y A es el potencial del vector eléctrico del campo electromagnético."
"Donde ""e"" es la carga eléctrica de la partícula y A es el potencial del vector magnético del campo electromagnético."
Nació en Cochabamba, Bolivia. En los 90 se mudó a Los Ángeles y más tarde a la Ciudad de México.
Nació en Cochabamba, Bolivia, y se mudó a la ciudad de México en los 90 y, más tarde, a Los Ángeles.
Estaban ahí para que recemos y para disfrutar de nosotros.
Estaban allí para que nosotros disfrutemos y estaban allí para que nosotros recemos.
Bonnie Bedelia Culkin (nacida el 25 de marzo de 1948 como Bonnie Bedelia) es una actriz norteamericana.
Bonnie Bedelia (nacida Bonnie Bedelia Culkin, el 25 de marzo de 1948) es una actriz estadounidense.
A partir de 1830, James estuvo influenciado por el abolicionismo de algunos miembros de la American Colonization Society (ACS) y los escritos de Arthur Tappan.
Desde 1830, Arthur Tappan fue influenciado por el abolicionismo de algunos miembros de la American Colonization Society (ACS) y por los escritos de James.
La siguiente versión fue creada en 1986 por el hermano de Ron Robert Fuller.
El siguiente lanzamiento fue creado en 1986 por el hermano de Robert Fuller, Ron.
Katz nació en 1947 en Suecia y se mudó a la ciudad de Nueva York a la edad de 1 año.
Katz nació en la ciudad de Nueva York en 1947 y se mudó a Suecia a la edad de 1 año.
Sahib Khan nació en la familia Tiwana de Shahpur, hijo de Ahmad Yar Khan.
Sahib Khan nació en la familia Tiwana de Shahpur, hijo de Ahmad Yar Khan.
En 2010, otra mujer se convirtió en ganadora de un premio Pritzker, Ryue Nishizawa de Japón, en asociación con Kazuyo Sejima.
En 2010, otra mujer ganadora del premio Pritzker, Ryue Nishizawa de Japón, se asoció con Kazuyo Sejima .
Con una cotización primaria en la bolsa de valores nigeriana, es la primera compañía africana con una cotización fronteriza, interna, en la Bolsa de Valores de Johannesburgo.
Con una cotización primordial en la bolsa de valores nigeriana, es la primera empresa africana en tener una cotización trasnacional entrante en la bolsa de valores de Johannesburgo.
Luego de llevar refuerzos desde África del Norte, navegó hacia Oran el 18 de agosto para prepararse para la invasión de Italia misma, para la cual retornó el 5 de septiembre.
Después de promover refuerzos desde África del Norte, ella volvió a Orán el 18 de agosto para prepararse para la invasión de Italia, para la que zarpó el 5 de septiembre.
La escuela privada Claiborne Academy está ubicada en Haynesville no incorporado, cerca de Claiborne Parish.
La academia privada Claiborne está ubicada en Haynesville, cerca de Parish Claiborne.
Después de la invasión de Polonia de la mano de la Alemania nazi en 1939 y la Unión Soviética, Osterwa se involucró activamente con la educación clandestina pero también estaba enfermo.
Después de la invasión de Polonia por parte de la Alemania nazi y la Unión Soviética en 1939, Osterwa estuvo trabajando en la educación clandestina pero también estaba enfermo.
La Región Administrativa de Chenzhou en la Dinastía Tang está bajo la administración de la Henan moderna en el este de Zhoukou:
La región administrativa de Chenzhóu de la dinastía Tang está bajo la administración de la moderna Zhoukou al este de Henan:
Bradd Crellin también representó a la BARLA de Gran Bretaña en una gira en Australia con otros 6 jugadores que representaban a Cumbria.
Bradd Crellin representó a BARLA de Gran Bretaña en un recorrido por Australia con otros 6 jugadores que representaban a Cumbria, también en un recorrido por Australia.
La Región Administrativa de Chenzhou en la Dinastía Tang está bajo la administración del moderno Zhoukou al este de Henan:
La región administrativa de Chenzhou en la dinastía Tang está bajo la administración del moderno Henan al este de Zhoukou:
Fue entrenado por Dale Romans y el jinete John Velazquez lo montó en sus carreras más importantes.
Lo entrenó Dale Romans y lo montó el jinete John Velázquez en su carrera más importante.
En 284 AC, el Rey King Qi se unió con el Rey Zhao of Qin en Zhou occidental para formar una alianza contra Xi.
En el año 284 AC, el rey Xi se reunió con el rey Zhao de Qin en Zhou occidental para forma una alianza contra Qi.
En 2009 volvió a Filadelfia y actualmente vive en la ciudad de Nueva York.
En 2009 se volvió a mudar a la ciudad de Nueva York y hoy vive en Filadelfia.
"El 4 de abril de 1892, el segundo barco, ""Missouri, entregó 2500 toneladas de semillas y acianos a Liepaja."
"La segunda embarcación, ""Missouri"", llevó 2500 toneladas de grano y flor de maíz a Liepaja el 4 de abril de 1892."
Peter Burgess está casado con Karen Lieve Ria Hostens, delegada de cooperación del Comité Internacional de la Cruz Roja, y es padre de tres hijos.
Ria Hostens está casada con J. Peter Burgess, delegado de cooperación del Comité Internacional de la Cruz Roja, y padre de tres niños.
En agosto de 2017, Aluri Chakrapani se unió al equipo para desempeñar, supuestamente, el papel de productor Prakash Raj.
Aluri Chakrapani también se unió al equipo en agosto de 2017, para supuestamente interpretar el rol del productor Prakash Raj.
Está seguido por ``True Love Travels on a Gravel Road'' de Dallas Frazier y el hit de 1962 de Chuck Jackson, ``Any Day Now''.
"A este lo sigue Chuck Jackson ""True Love Travels on a Gravel Road'' y el éxito de 1962 - ""Any Day Now'' de Dallas Frazier."
Vive en Maribor y Liubliana, Eslovenia, y dirige en Eslovenia y Croacia.
Dirige en Maribor y Liubliana, Eslovenia y vive mayoritariamente en Eslovenia y Croacia.
Mark Allen ganó la final 1-0 (104-0) contra Martin Gould.
Mark Allen ganó final contra Martin Gould por 1 : 0 (104 -- 0).
La capilla metodista abandonada es uno de los pocos edificios en ladrillo de Upsall.
La capilla metódica construida es uno de los pocos edificios de ladrillo en Upsall.
Land Basie Land es un álbum de estudio de 1964 de Billy Byers y su orquesta, compuesto y arreglado por Count Basie.
Basie Land es un álbum de estudio de 1964 interpretado por Count Basie y su orquesta, de música compuesta y arreglada por Billy Byers.
La película está protagonizada por Jembie Almazan como Mary, Bernardo Garnica Cruz como David y Jonathan Díaz Angulo como Alex.
La película está protagonizada por Jembie Almazan como Maria, Bernardo Garnica Cruz como David y Jonathan Díaz Angulo como Alex.
Después de una corta pelea, Sultan Mohammad Khan Hari Singh Nalwa obligó a evacuar la ciudad.
Después de una breve pelea, Sultan Mohammad Khan obligó a Hari Singh Nalwa a abandonar la ciudad.
A la edad de 19 se mudó a Estocolmo, desde donde se mudó a Nueva York en 2011.
A la edad de 19 se mudó a Nueva York, en 2011 a Estocolmo.
Taylor siguió activo en el béisbol como scout para los Atlanta Braves, los Milwaukee y los Chicago White Sox hasta su muerte.
Taylor permaneció activo hasta su muerte como scout para Chicago White Sox y Milwaukee y Atlanta Braves en béisbol.
El puerto de Tubarão es un puerto en Espírito Santo, cerca de la ciudad de Vitória en Brazil.
El puerto de Tubarão es un puerto ubicado en Brasil, cerca de la ciudad de Vitória en el Espírito Santo.
Madu Kalas es una aldea y consejo sindical de Jhelum Tehsil en la provincia de Punjab de Pakistán. Es parte del distrito de Jhelum.
Madu Kalas es una aldea y consejo sindical de Jhelum Tehsil en la provincia de Punjab de Pakistán y es parte del distrito de Jhelum.
El 20 de febrero de 1959, el Primer Ministro John Diefenbaker finalizó el proyecto y se completaron los cinco Arrows desmantelados.
El 20 de febrero de 1959, el Primer Ministro John Diefenbaker terminó el proyecto y se terminaron cinco flechas desmanteladas.
Tarang P. Amin fue reemplazado por Joey Shamah, que ha sido designado presidente, director general y director de E.l.f.
Tarang P. Amin ha sido reemplazado por Joey Shamah, quien es Presidente, C.E.O y Director de E.l.f.
Durante la campaña electoral, debatió dos veces con McCain, una vez en Tucson y una vez en Flagstaff.
Durante esta campaña, debatió dos veces con McCain, una vez en Flagstaff y otra en Tucson.
En el extremo sur, Cook Pond, también llamada anteriormente como South Watuppa Pond, está ubicada al este de Laurel Lake, y al oeste del río Taunton.
Cook Pond, anteriormente conocido como Laurel Lake, está ubicado al sureste de Taunton River y al oeste de South Watuppa Pond.
La fibra animal más comúnmente usada es la lana de oveja. Para el tejido a mano y el tejido como pasatiempo, la lana gruesa y las lanas acrílicas son frecuentemente hilados.
La fibra de hilado animal más frecuente es la lana de oveja. Para tejer a mano y para el tejido como pasatiempo, con frecuencia se usan lana gruesa y lanas acrílicas.
"Su historia posmoderna de filosofía australiana, ""Corrupting the Youth'' (2003), elogió la tradición realista australiana en filosofía y atacó las corrientes polémicas y relativistas."
"Su historia polémica de la filosofía australiana, ""Corrupting the Youth"" (2003), elogió la tradición realista australiana en la filosofía y atacó al posmodernismo y las tendencias relativistas."
A Shirley Jones se le ofreció el papel de Laurey, que fue para Joanne Woodward (¡que lo había representado anteriormente en una obra teatral de Oklahoma!).
A Joanne Woodward se le ofreció el papel de Laurey, que fue para Shirley Jones (¡que previamente lo había representado en una producción teatral de Oklahoma!).
Retzius nació en Estocolmo, hijo del anatomista Anders Jahan Retzius (y nieto del naturalista y químico Anders Retzius).
Retzius nació en Estocolmo, era hijo del anatomista Anders Retzius (y nieto del naturalista y químico Anders Jahan Retzius).
Por ejemplo, Cerberus se expresa en el endodermo visceral anterior en anfibios y, en ratones, en el endodermo dorsal anterior.
Por ejemplo, en los anfibios Cerberus se expresa en el endodermo visceral anterior y, en los ratones, se expresa en el endodermo dorsal anterior.
El 7 de diciembre de 2017 NVIDIA anunció oficialmente el Nvidia TITAN V.
Nvidia anunció oficialmente el NVIDIA TITAN V el 7 de diciembre de 2017.
Para volverse eslovaco, sin embargo, Derek debe derrotar a un asesino vampiro.
Para poder derrotar a Slovak, sin embargo, Derek debe convertirse en un atacante vampiro.
C. R. Gregory lo compró en 1834 en el monasterio de Saba, y Robert Curzon lo vio en 1883.
Robert Curzon lo compró en 1834 en el monasterio de Saba, y C. R. Gregory lo vio en 1883.
Hasta la llegada de la tecnología de vídeo electrónica y digital, la producción en masa de películas pornográficas estuvo vinculada directamente con la industria cinematográfica convencional.
Hasta el advenimiento de la tecnología de vídeo electrónica y digital, la producción masiva de películas pornográficas estaba directamente ligada a la industria cinematográfica principal.
Malet se casó con Mary Aldworth, la viuda de John Aldworth por Letcombe Regis, Berkshire e hija de Thomas White de Fyfield Berkshire hasta 1664.
Malet fue casada con Mary Aldworth, la viuda de Thomas White de Letcombe Regis, Berkshire, y la hija de John Aldworth, por Fyfield Berkshire hasta 1664.
"""Taunton Castle'' se presentó en Penang el 1 de agosto y en Río de Janeiro el 31 de octubre."
"El ""Castillo de Taunton'' estaba en Penang el 1 de agosto y el 31 de octubre en Río de Janeiro."
The Lost Boys es una miniserie dramática documental producida por la BBC en 1978, escrita por Rodney Bennett y dirigida por Andrew Birkin.
The Lost Boys es una miniserie dramática documental producida por la BBC en 1978, escrita por Andrew Birkin y dirigida por Rodney Bennett.
El molino de viento de Jamestown es un molino de viento holandés en Weeden Lane dentro del distrito histórico de la Colina de Windmill sobre el North Road al norte de Jamestown, Rhode Island.
El Molino de Jamestown es un molino en Jamestown, Rhode Island, en el Distrito histórico de Windmill Hill en North Road al norte de Weeden Lane.
Este festival también les da a los participantes la oportunidad de renovar esperanzas y dividir la brecha con la tradición, en una zona armoniosamente compartida entre los tamiles de ambos países.
Este festival también ofrece a los participantes una oportunidad para renovar esperanzas y compartir tradición, en un área armoniosamente compartida entre los tamiles de ambos países.
Su padre murió durante su juventud y su madre, Catherine A. Fagan, en 1842 se casó con Samuel Adams, que se convirtió en gobernador de Arkansas dos años más tarde.
Su padre murió en su juventud, y su madre, Catherine A. Fagan, se casó con Samuel Adams en 1842, que dos años más tarde se convirtió en gobernador de Arkansas.
Anderson nació en Oakland, California en 1943 y proviene de Redondo Beach, California.
Anderson nació en Redondo Beach, California, en 1943 y proviene de Oakland, California.
Las medallas fueron presentadas por Barbara Kendall, miembro del IOC, Nueva Zelanda, y Carlo Croce, Presidente de World Sailing.
Las medallas fueron presentadas por Carlo Croce, miembro del IOC, Nueva Zelanda y Barbara Kendall, presidente de la Federación Internacional de Vela.
También es posible ejecutar un código malicioso que contiene archivos del escritorio (que se utilizan para ejecutar aplicaciones).
También es posible ejecutar un código malicioso que contenga archivos del escritorio (que se usan para ejecutar aplicaciones).
Los ejemplos anteriores del tema del posesivo con ``-m'' eran para la primera persona del singular.
"Los ejemplos anteriores con el tema posesivo ""-m"" eran singulares en primera persona."
En 1781, el gobernador de Illinois Thomas Jefferson Clark lo ascendió a Brigadier General y le dio el comando de toda la milicia en los condados de Kentucky y Virginia.
En 1781, Virginia promovió al gobernador Thomas Jefferson Clark a general de brigada y le otorgó el mando de todas las milicias de los condados de Kentucky e Illinois.
Sus hijas fueron Barbara, que se casó con Deirdre Howley, Gladys Eisenstadt, Ira Eisenstadt, que se casó con Herbert Cohen y Ellen Eisenstadt, que se casó con Marvin Eisenstadt.
sus hijos fueron Bárbara, que se casó con Deirdre Howley; Gladys Eisenstadt; Ira Eisenstadt, que se casó con Herbert Cohen; y Ellen Eisenstadt, que se casó con Marvin Eisenstadt.
Su estado como pueblo satélite de Kuala Lumpur está relacionado con su ubicación en el corazón del Valle Klang en Malasia.
Su condición como ciudad satélite de Klang Valley está sujeta a su ubicación en el corazón de Kuala Lumpur en Malaysia.
"En contraste, el propietario puede asignar o transferir una ganancia ""bruta""."
"En contraste, una ganancia ""bruta"" se puede transferir o asignar de otra forma a su propietario."
El pionero suizo John Sutter (1803-1880) llegó a Alta California en agosto de 1839 junto con otros pobladores euroamericanos.
El pionero americano John Sutter (1803-1880) llegó a Alta California con otros colonos eurosuizos en agosto de 1839.
El luchador luego salta y se balancea hacia adelante para caer hacia atrás y poner la cabeza del oponente en la colchoneta.
Luego el luchador salta y se balancea hacia adelante para volver a caer y dejar la cabeza del oponente en la colchoneta.
Oliver Goldsmith, el abuelo del poeta, dramaturgo y escritor Robert Goldsmith, fue según Prior, el primero de la familia en asentarse en Ballyoughter.
Según Prior, Oliver Goldsmith el abuelo del poeta, dramaturgo y novelista Robert Goldsmith fue el primero de la familia en establecerse en Ballyoughter.
III. María, casada el 26 de abril de 1646, Claude Simon Brancion, hija de Beaufort, Lord de S. Quentin a quien tuvo.
Mary se casó el 26 de abril de 1646, Claude Simon Brancion, hija de Beaufort, Lord de S. Quentin, con quien tuvo.
Mientras que la exclusión de jugadores africanos no era una regla escrita, desde 1933 ningún jugador afroamericano jugó en la Liga Nacional de Fútbol.
Aunque la exclusión de jugadores negros no era una regla escrita, ningún afroamericano había jugado en la Liga Nacional de Fútbol Americano desde 1933.
David David Hayes Prophater se desempeñó como presentador, y Jeff Scott encabezó la audiencia en un canto a capella.
David Hayes Prophater ofició como locutor y Jeff Scott le ofreció a la audiencia un canto a cappella.
Worcestershire es una ciudad del condado de Worcester en Inglaterra.
Worcestershire es una ciudad y capital del condado de Worcester en Inglaterra.
Mats Wilander vence a Anders Järryd, 6--4, 3-6, 7--5.
Anders Järryd venció a Mats Wilander, 6--4, 3--6, 7--5
En mayo, Spencer McLaren llegó como Kieran Fletcher, un interés de amor por el personaje establecido de Sally Fletcher (Kate Ritchie).
En mayo, Spencer McLaren llegó como Kieran Fletcher, enamorado para el personaje consolidado de Sally Fletcher (Kate Ritchie).
Fue reemplazado por el canal alternativo de clásicos de los 80 en Sirius Radio, 1st Wave.
Fue reemplazado por el canal alternativo de clásicos de los 80 en Sirius Radio 1st Wave.
Todas las producciones están diseñadas por Graham Spicer y escritas por Carlo Orlandi.
Todas nuestras producciones están escritas por Graham Spicer y diseñadas por Carlo Orlandi.
La isla es rocosa con los lados inclinados y tiene muy poca tierra.
La isla es rocosa con los lados empinados y tiene poca tierra.
El reciente biógrafo de David I. Walsh escribe: ``La campaña para destruir a Walsh funcionó, porque él no pudo defenderse a sí mismo... David I. Walsh era homosexual.
La biografía más reciente de Walsh dice que ``La campaña para destruir a David I. Walsh trabajó porque no podía defenderse por sí mismo...David I. Walsh era homosexual''.
Su padre, Patrick Byrne, fue delegado, senador y primer alcalde de Dublin, otro hermano de Alfie Byrne también fue TD.
Su padre Alfie Byrne fue MP, TD, senador y Sr. alcalde de Dublín. Otro hermano Patrick Byrne también fue TD.
"""La vuelta al mundo en 80 minutos'' con Robert E. Sherwood, es un documental americano pre-code de 1931 dirigido por Douglas Fairbanks y escrito por Douglas Fairbanks y Victor Fleming."
En 80 minutos alrededor del mundo con Douglas Fairbanks es un documental pre-code estadounidense de 1931 dirigido por Douglas Fairbanks y Victor Fleming y de Robert E. Sherwood.
Sammy Downs nació en la comunidad nativa de su madre, Effie, en la parroquia de Rapides, al sur de la parroquia de Avoyelles.
Sammy Downs nació en la comunidad nativa de su madre Effie en la Parroquia de Avoyelles, al sur de la Parroquia de Rapides.
Emma Townshend está representada por David Godwin en DGA Associates.
Emma Townshend está representada por David Godwin en DGA Associates.
Las lesiones premalignas son tejido atípico morfológicamente que parece anormal en un examen con microscopio y en el que el cáncer tiene mayor probabilidad de ocurrir en comparación con su contraparte aparentemente normal.
Las lesiones premalignas parecen ser un problema típico, que parecen anormales en exámenes con microscopio y en las que el cáncer es más probable en comparación con su contraparte morfológicamente normal.
Dos servicios operan diariamente en la línea de Dearne Valley hacia York y Sheffield.
Dos líneas operan diariamente en la Dearne Valley Line a York y Sheffield.
También ayudó a establecer los centros de meditación a lo largo de Europa y en Centroamérica, Norteamérica y América del Sur.
También ayudó a establecer centros de meditación en todo América del Norte, Central y del Sur, así como en Europa.
En cinco días, esta masa de aire frío se extendió desde las Marianas del sur hasta el norte de las islas Filipinas.
En cinco días, esta masa de aire frío se extendió desde el sur de las islas Filipinas hacia el norte de las Marianas.
Alaja es un pequeño lugar poblado en la provincia de Balkan al oeste de Turkmenistán en el Mar Caspio.
Alaja, es un lugar pequeño poblado en la provincia de los Balcanes el oeste de Turkmenistán en el mar Caspio.
Pennmakkal es una película india malabar de 1966 dirigida por J. Sasikumar y producida por KP Kottarakkara.
Pennmakkal es una película malaya india de 1966, producida por J. Sasikumar y dirigida por KP Kottarakkara.
Mientras que ``G'' es la constante de Newton y la fórmula_4 indica el estado cuántico de los campos de la materia.
"Mientras lo indica el quántum ""G"" de Newton y la Fórmula 4 es el estado constante de los campos del asunto."
Captain Cassin murió en Washington, D.C. Fue enterrado en Washington, pero más tarde fue trasladado al Cementerio Nacional de Arlington.
Captain Cassin murió en Washington, D.C. Fue enterrado en Washington, pero más tarde fue trasladado al Cementerio Nacional de Arlington.
El factor de normalización hace que el integral a lo largo de todo el espacio del cuadrado del valor absoluto sea igual a 1.
El factor de normalización hace que la integral sea igual a 1 sobre todo el espacio del cuadrado del valor absoluto.
En el fútbol escocés, los equipos semiprofesionales se desempeñan por debajo de la Scottish Premiership en todos los niveles, y la mayoría de los equipos que están por debajo del campeonato escocés son semiprofesionales.
En el fútbol semiprofesional, los equipos escoceses aparecen por debajo de todos los niveles de la primera división, con la mayoría de los equipos por debajo del campeonato escocés como semiprofesionales.
El hermano menor de Thompson, Julia, nació en Charles Martin Hall, condado de Geauga, Ohio en 1863.
NS
El teniente Robert Ramsey los envió al Mar del Norte en mayo de 1805 y el teniente John Gedge lo reemplazó en 1806.
El teniente John Gedge los encomendó al Mar del Norte en mayo de 1805 y el teniente Robert Ramsey lo reemplazó en 1806.
Como muchas comunidades étnicas de Uganda, incluidos los Langi, Acholi y Alur, los Luo no practican el ritual de la circuncisión de los varones como iniciación.
Como muchas comunidades étnicas de Uganda, incluidos los Langi, Acholi y Alur, los Luo no practican el ritual de la circuncisión de los varones como iniciación.
"En julio de 2016, apareció en Joseph Conrad en ""The Secret Agent"", basada en la misma novela de Winnie Verloc."
"En julio de 2016, tuvo una aparición como Joseph Conrad en ""El Agente Secreto"", basada en la novela epónima de Winnie Verloc."
Buccinum pulchellum es una especie de caracol de mar, un molusco gasterópodo marino de la familia Buccinidae, el verdadero caracol de mar.
NS
Brenda Schultz venció a Irina Spîrlea 6--4, 1--6, 7--6.
Brenda Schultz venció a Irina Spîrlea con 6--4 , 1--6 , 7--6.
La dinastía Keita gobernó en Mali desde el siglo 12 hasta principios del siglo 17, preimperial e imperial.
La dinastía Keita gobernó Mali desde principios del siglo XII hasta el siglo XVII, preimperial e imperial.
E es cualidad de primera clase y An es cualidad de segunda: los chinos consideran que E es amigable, On es suerte y tranquilidad.
E es un mérito de primera clase y An es el segundo mérito; E en chino significa amigable, An es suerte y tranquilo.
Hay alrededor de 90 000 católicos en la Guyana-alrededor del 12 % de la población total, menos que en cualquier nación sudamericana.
Hay cerca de 90 000 católicos en Guyana, aproximadamente el 12 % de la población total, el más bajo de todos los países sudamericanos.
Ganó tres medallas a nivel nacional con el equipo de relevo de ciudadanos sénior en las competiciones internacionales de atletismo.
Ganó tres medallas, para el nivel sénior, con el equipo nacional de relevo en las competiciones internacionales de atletismo.
La gradación obstruyente es un proceso gramatical que afecta las consonantes estonias al final de la sílaba acentuada de una palabra.
La gradación obstruyente es un proceso gramatical que afecta las consonantes estonias al final de la sílaba enfatizada de una palabra.
"El 29 noviembre de 1171, Gonzalo firmó por primera vez un certificado como ""Gonzalo Ruiz de Bureba""."
El 29 de noviembre de 1171, Gonzalo Ruiz de Bureba firmó una carta como ``Gonzalo'' por primera vez.
Thornwood Common es una aldea en el camino B1393, en la parroquia civil de North Weald Bassett y el distrito Epping Forest de Essex, Inglaterra.
Thornwood Common es un pueblo en la carretera B1393, en la comuna de North Weald Bassett y del distrito Epping Forest de Essex, Inglaterra.
La composición racial de la ciudad era en un 98,8 % blanca, 0,6 % nativos americanos, 0,2 % asiáticos y 0,4 % de dos o más razas.
La constitución racial de la aldea era del 98,8 % bancos, 0,6 % asiáticos, 0,2 % nativos americanos y 0,4 % de dos o más razas.
La Liga Continental fue el último intento serio de crear una tercera liga de grandes dimensiones para nuevos clubes.
La Liga Continental fue el último intento serio para crear una nueva liga que incluya a los terceros clubes más importantes.
El 17 de septiembre, Arreola se presentará en el Staples Center de Los Ángeles, California, frente a Alfonso Gómez en las preliminares de Juan Sandoval contra Saul Alvarez.
El 17 de septiembre, Arreola se enfrentará a Alfonso Gomez en la preliminar de Juan Sandoval versus Saul Alvarez en el Centro Staples en Los Ángeles, California.
Siemens AG fue el contratista principal, con Fiat Ferroviaria y ADtranz como subcontratistas.
El principal contratista fue Siemens AG con Fiat Ferroviaria y ADtranz como subcontratista.
Ungarala Rambabu es una película telugu, escrita y gestionada por Paruchuri Kiriti y producida por Kranthi Madhav.
Ungarala Rambabu es una película telug, escrita y puesta en escena por Kranthi Madhav y producida por Paruchuri Kiriti.
Malet se casó con Mary Aldworth, viuda de John Aldworth de Letcombe Regis, Berkshire, e hija de Thomas White de Fyfield Berkshire para 1664.
Malet se casó con Mary Aldworth, la viuda de John Aldworth por Letcombe Regis, Berkshire e hija de Thomas White de Fyfield Berkshire hasta el 1664.
El edificio principal de Houston (HMB), anteriormente el edificio Prudential, fue un rascacielos en el Centro Médico de Texas, Houston, Texas.
El edificio Prudential Building (HMB) anteriormente conocido como el Houston Main Building, era un rascacielos ubicado en el Texas Medical Center en Houston, Texas.
ACVM tiene sede en Glasgow y oficinas en Edimburgo, Aberdeen, Newcastle, Manchester y Milton Keynes.
ACVM está ubicado en Glasgow y tiene oficinas en Edimburgo, Aberdeen, Newcastle, Manchester y Milton Keynes.
Diboll y G. A. Chamblin de Nueva Orleans fueron los arquitectos, y Owen de Mobile fue el contratista.
Los arquitectos fueron Diboll y Owen de Nueva Orleans, y el contratista fue G. A. Chamblin de Mobile.
Estos eran comunes en el Reino Unido, pero relativamente raros en Europa, a menos para las grandes locomotoras.
Eran comunes en el Reino Unido, pero en Europe, por lo menos para las grandes locomotoras, es bastante raro.
En 2018, Farrell fue nombrado el nuevo Obispo de Osraige por el Papa Francisco.
En 2018, Farrell fue designado por el Papa Francisco como el nuevo obispo de Ossory.
Rıza Maksut İşman (1915, İzmir -- 30 de diciembre de 2004, Estambul) fue un atleta turco.
Rıza Maksut Isman (1915 en Esmirna -- 30 de diciembre de 2004, Estambul) era una atleta turca.
El municipio incluye nueve cementerios: Kelley, Owens, Calvertville, Goodwin, Bucher, Snyder, Stalcup, Wall y Walnut Grove.
El municipio contiene nueve cementerios: Kelley, Owens, Calvertville, Goodwin, Bucher, Snyder, Stalcup, Wall y Walnut Grove.
"Las categorías I, II, IV y V están controladas ""sin control"" y la categoría III es ""indica""."
NS
Presta servicio para el sudeste de Edithvale en los suburbios de Melbourne que abrieron el 20 de septiembre de 1919.
Presta servicios al sureste del suburbio de Edithvale en Melbourne que se abre el 20 de septiembre de 1919.
Un multiverso es una colección de universos alternativos, con naturaleza similar y jerarquía universal.
Un verso múltiple es una recopilación de universos alternativos con características similares y una jerarquía universal.
Sin embargo, para vencer a Slovak, Derek se debe convertir en un asesino de vampiros.
Sin embargo, para derrotar a Slovak, Derek debe convertirse en un atacante de vampiros.
Michael Kelly Smith era previamente una antigua versión de la banda de Filadelfia, Tony Destra, hasta su lanzamiento, y luego Cinderella también tocó con ellos.
Michael Kelly Smith era anteriormente hasta su renuncia en una versión inicial de la banda de Filadelfia, Cinderella, y posteriormente Tony Destra también tocó con ellos.
El botánico Stephan Endlicher primero describió formalmente las especies en 1846 como parte del trabajo ``Irideae Plantae Preissianae'' de Johann Georg Christian Lehmann.
El botánico Stephan Endlicher primero describió formalmente la especie en 1846 como parte del trabajo de Georg Christian Lehmann ``Irideae. Plantae Preissianae''.
En 1955, la parroquia anglicana se fusionó con otra y la Iglesia de la Santa Trinidad en Prince Consort Road se convirtió en la nueva iglesia parroquial.
En 1955 la nueva parroquia se unió con otra, y la Iglesia de la Santísima Trinidad sobre Prince Consort Road se convirtió en la iglesia de la parroquia anglicana.
Nacida en Vancouver, Columbia Británica, creció en la ciudad vecina de North Vancouver.
Nacida en Vancouver, Columbia Británica, creció en el pueblo vecino de North Vancouver.
Finalmente, en ``Western Republican'', realizó una de las primeras colecciones botánicas publicadas en Ohio por un botánico profesional.
Finalmente hizo, en ``Western Republican'', una de las primeras colecciones botánicas publicada en Ohio por un botánico profesional.
En las calificaciones de abajo, la calificación más alta del espectáculo estará en rojo, y la calificación más baja del espectáculo estará en episodio azul.
En las reseñas que aparecen a continuación, las calificaciones más bajas serán para los que se muestran en rojo y las calificaciones más altas para los que se muestran en la secuencia azul.
Cancellopollia gracilis es una especie de caracol de mar, un molusco gastrópodo verdadero de la familia Buccinidae, los caracoles marinos.
Cancellopollia gracilis es una especie de caracol marino, un auténtico molusco gasterópodo de la familia Buccinidae, los caracoles marinos.
Luego de la muerte de Ali, Muawiyah tomó el poder y estableció una dinastía.
Ali asumió el poder tras la muerte de Muawiyah y fundó una dinastía.
En 1953, Timothy Detudamo murió después de padecer una larga enfermedad, y lo reemplazó Raymond Gadabu como director principal.
Raymond Gadabu murió en 1953 después de atravesar una larga enfermedad, y fue sucedido como director principal por Timothy Detudamo.
Malcolm Fraser, que había vencido a Whitlam en un triunfo aplastante en la elección federal de diciembre de 1975, le ofreció a Egerton la caballería para que sirviera al movimiento sindical.
Whitlam, que había derrotado a Malcolm Fraser de forma arrolladora en la elección federal de diciembre de 1975, ofreció el título de caballero a Egerton por servir al movimiento sindical.
La primera esposa de Baron Audley fue Joan Mortimer, hija de Roger Mortimer.
La primera esposa de James 2nd Baron Audley fue Joan Mortimer, hija de Roger Mortimer.
Los anteriores secretarios fueron John MacKay, quien recibió un MBE por servicios a la horticultura escocesa, Alison Murison, Tom Mabbott y el Dr. John MacLennan.
Los secretarios anteriores incluyen a Alison Murison, Tom Mabbott, que recibió un MBE por los servicios a la horticultura escocesa, John MacLennan, y el Dr. John MacKay.
Después se mudó a Suiza y más tarde a Italia, donde conoció a Shelley y Byron.
Luego se mudó a Suiza y posteriormente a Italia, donde conoció a Shelley y Byron.
João Martins Pena y Francisca de Paula Julieta Pena nacieron en Río de Janeiro, de Martins Pena.
João Martins Pena y Francisca de Paula Julieta Pena nació en Río de Janeiro de Pena Martins.
Sher Ahmed Akhundzada (también conocido como Sher Mohammed Akhundzada) es un líder tribal que, desde el 2001 hasta el 2005, fue gobernador de Helmand en Afganistán.
Sher Mohammed Akhundzada (también conocido como Sher Ahmed Akhundzada) es un líder tribal que fue gobernador de Helmand en Afganistán desde 2001 hasta 2005.
Emily Ann Morelli (nacida el 27 de marzo de 1984 con el nombre Emily Ann Lloyd) es una actriz estadounidense.
A pesar de no ser una municipalidad establecida, el pueblo de Friendship Heights fue incorporado como un Distrito fiscal especial en 1914.
Si bien el pueblo de Friendship Heights no es una comunidad establecida, en 1914 fue incorporado como un distrito fiscal especial.
McNair se jubiló en 1884 y murió en 1885. Está enterrado en el cementerio de Lakewood en Mineápolis.
Murió en 1884 y se retiró en 1885, enterrado en Lakewood Cemetery en Minneapolis.
Cuando Jack Nitzsche escuchó por primera vez ``Stubborn Kind of Fellow'' quedó tan emocionado que perdió el control del auto mientras conducía por Sunset Boulevard con Phil Spector.
Cuando Jack Nitzsche escuchó por primera vez ``Stubborn Kind of Fellow'', estaba tan excitado que perdió el control de su auto mientras conducía por el Sunset Boulevard con Phil Spector.
Jugó profesionalmente en Italia, Rusia, Grecia, Francia, Indonesia y Grecia, y ganó campeonatos nacionales en Puerto Rico, Portugal e Indonesia.
Ha jugado profesionalmente en Grecia, Rusia, Italia, Francia, Puerto Rico, Portugal e Indonesia, y ha ganado campeonatos nacionales en Indonesia y Grecia.
Hoppkorv fue el séptimo álbum de la banda de blues y rock estadounidense Hot Tuna y su último álbum de estudio para Grunt Records grabado como Grunt BFL1-1920.
Hoppkorv fue el último álbum de la banda de rock y blues estadounidense Hot Tuna y su séptimo álbum de estudio para Grunt Records, como Grunt BFL1-1920.
En noviembre de 1973, Roger Sunny armó la pista con Roger Greenaway, mientras que Chris Gunning proporcionó y dirigió los arreglos.
Sunny entregó la canción en noviembre de 1973 con la producción de Roger Greenaway al mismo tiempo que Chris Gunning cortó el arreglo y lo dirigió.
Apollonia se corresponde con la Sozopol moderna, en Bulgaria, y Selymbria es Silivri, en la costa de Marmara.
Apollonia se refiere al Sozopol moderno, y Selymbria es Silivri en la costa de Marmara.
Un grupo internacional de expertos independientes examinaron el impacto del accidente y concluyeron que nadie murió ni se envenenó como resultado del accidente.
Un grupo internacional independiente de expertos estudió el impacto del accidente y concluyó que nadie había sido envenenado ni fallecido como resultado del accidente.
Birkenhead Wharf está cerca de Birkenhead Point Factory Outlet Centre y cerca de Iron Cove Bridge, que se encuentra aproximadamente a un minuto a pie de distancia
El Muelle Birkenhead está ubicado junto al Puente Iron Cove y cercano a Birkenhead Point Factory Outlet Centre, que se encuentra a aproximadamente a un minuto a pie de distancia.
La guitarra la controlaba Bettencourt y la tocaba Chris Gehringer en los Sterling Sound Studios de la ciudad de Nueva York.
Bettencourt tocó la guitarra y fue masterizado por Chris Gehringer en los Estudios Sterling Sound en la ciudad de Nueva York.
Martin Damm y Radek Štěpánek ganaron contra Jonas Björkman y Fabrice Santoro en las finales por 6:2, 6:4.
Jonas Björkman y Fabrice Santoro ganaron frente a Martin Damm y Radek Štěpánek en las finales por 6-2, 6-4.
A la edad de 19 años, se mudó a Estocolmo, de donde se mudó a Nueva York en 2011.
Se mudó a Nueva York a la edad de 19 años y se mudó a Estocolmo en 2011.
La Sydney Water Board había tomado el control del suministro de agua para Sídney por sobre el Ayuntamiento municipal en 1888.
En 1888, el consejo municipal tomó el control del suministro de agua de Sídney por sobre la Sydney Water Board.
Massé nació en Holland, Michigan, creció en el condado de Westchester, New York, y vivió en Europa durante su juventud.
Massé nació en el condado de Westchester, Nueva York, creció en Holland, Michigan y vivió en Europa durante su adolescencia.
NS
En 1991, antes de 1995 dictó clases en un máster (junto con Armen Dzhigarkhanyan), curso de interpretación en VGIK, estuvo en GITIS.
Entonces, Dios hizo pujas especiales y ofreció sus plegarias a Malayadhwaja Pandian.
Entonces, Malayadhwaja Pandian realizó unas poojas especiales y ofreció a Dios sus oraciones.
En el Campeonato de Ajedrez de Asia Continental de 2009, terminó primero y se convirtió en el tercer jugador en la historia de Filipinas en calificar para la Copa mundial de 2009.
Mientras el 33d Fighter Group estuvo inactivo, se consolidó como el 33d Tactical Fighter Group con el 33d Tactical Group.
Mientras el 33d Fighter Group se encontraba inactivo, se consolidó con el 33d Tactical Group como el 33d Tactical Fighter Group.
El campeonato de hockey sobre hielo sueco de 1932 ganó la temporada 11.° del campeonato de hockey sobre hielo sueco, el torneo nacional de Suecia. Hammarby IF fue el campeón.
El campeonato de hockey sobre hielo sueco en 1932 fue la 11.° temporada del campeonato de hockey sobre hielo sueco, el campeonato nacional sueco, y Hammarby IF ganó el campeonato.
"""Angel eyes"" es una canción popular de 1946 compuesta por Earl Brent, con letra de Matt Dennis."
``Angel Eyes'' es una canción popular de 1946, compuesta por Earl Brent, con textos de Matt Dennis.
"""Shatterer"" se publicó el 13 de junio de 1987 en Japón, donde se realizó su distribución a cargo de Toho."
"""Shatterer"" fue distribuida en Japón el 13 de junio de 1987 donde se lanzó de la mano de Toho."
Esto dio inicio a la primera de cuatro guerras que se supone encabezaría contra Carthage.
Esto detonó la primera de cuatro guerras que encabezaría contra Carthage.
Estos sitios son considerados marginales para los hábitats de los pobres, con calificaciones de 56 y 96 respectivamente.
Estas regiones se consideran pobres para los hábitats marginales, con puntuaciones de 56 y 96 respectivamente.
Limita con el municipio de Sheshequin al este, el municipio de Roma al este y al sur, el municipio de Atenas al sur y el municipio de Windham al oeste.
Está limitado por el Municipio de Sheshequin hacia el este, el Municipio de Rome hacia el este y el sur, el Municipio de Athens hacia el sur y el Municipio de Windham hacia el oeste.
El campeonato de 2007 tuvo lugar entre el 21 y el 28 de enero en Spokane, Washington, en la Arena Spokane y el Centro de Convenciones de Spokane.
Los campeonatos de 2007 se realizaron entre el 21 y el 28 de enero en Spokane, Washington, en el centro de convenciones de Spokane y la Spokane Arena.
Se encuentra en Norteamérica, donde se lo ha registrado desde Newfoundland y Labrador, al oeste de la Columbia Británica, al norte de Alaska y del Yukón.
Se encuentra en Norteamérica, donde se ha registrado desde Terranova y Labrador hacia el oeste de Columbia Británica, norte de Alaska y el Yukón.
Una tercera versión radiofónica la reprodujo BBC con Wilton como Beth y el autor Duff en mayo de 2008.
La BBC transmitió una tercera versión para radio en mayo de 2008 con Wilton como Duff y el autor que interpreta a Beth.
Celestino III se convirtió en el centro de una nueva y más estricta rama del orden cisterciense, aprobado por Fiore en 1198.
Fiore se convirtió en el centro de una nueva rama más rigurosa de la Orden Cisterciense, aprobada por Celestino III en 1198.
Un destino bíblico es, en su sentido más negativo, una bendición formal.
Un destino bíblico es, en su sentido más formal, una bendición negativa.
También cabe mencionar que el siguiente código funcionaría sin ADL (se le aplicaría de manera indistinta).
También cabe destacar que el siguiente código funcionaría sin ADL (de todos modos, se aplica).
Lograron cierto éxito, haciendo espectáculos en vivo en Melbourne, Geelong y Shepparton.
Lograron algo de éxito tocando canciones en vivo en Shepparton, Geelong y Melbourne.
La cantidad de incendios informados a comienzos de febrero fue de 73 con 26 fuera de control, y el tiempo estimado para controlarlos para que sea otro mes de incendios.
El número de incendios informados a principios de febrero fue de 73 con 26 fuera de control. El tiempo estimado para controlarlos será otro mes de incendios.
El auditorio se trasladó por primera vez desde París hacia Londres en 1862 y se volvió muy popular, con bailarines, cantantes, acróbatas, animales entrenados con magos.
El music hall se importó primero de Londres a París en 1862 y fue increíblemente popular con bailarines, cantantes, acróbatas, magos y animales entrenados.
"Su música es considerada por muchos como metal alternativo con influencias de metal rap y metal industrial, que según entrevistas anteriores se llaman a sí mismos ""rock asesino""."
"Muchos consideran su música como metal industrial con rap metal e influencias de metal alternativo. Según las entrevistas anteriores, ellos se consideran ""rock asesino""."
El elenco está enfocado principalmente en la música alternativa e indie.
El reparto se concentra mayormente en música indie y música alternativa.
Melodie Crittenden se fue del grupo en 2004 en busca de una carrera solista, y durante la mayoría de 2005 Nicol cantó con el grupo.
Melodie Crittenden abandonó el grupo en 2004 para perseguir una carrera solista, y durante la mayor parte del año 2005, Nicol cantó con.
Ganj Basoda es una ciudad del estado indio de Madhya Pradesh cerca de Udaipur.
Ganj Basoda es una ciudad en el estado indio de Madhya Pradesh cerca de Udaipur.
Después de la guerra, luchó dos veces para la Armada Británica contra el Ejército, en 1948 y 1949 y contra la Universidad de Cambridge en 1949.
Después de la guerra, jugó dos veces para el Royal Navy contra el ejército, en 1948 y en 1949, y contra la Universidad de Cambridge en 1949.
El conductor de la superestrella Jackie Shroff Alok Nath no pudo hacer su trabajo, así que fue reemplazado por su hijo Deepak (Rahul Roy).
Alok Nath, el conductor de la superestrella Jackie Shroff, no pudo hacer su trabajo, así que fue reemplazado por su hijo Deepak (Rahul Roy).
Luego de que se hubiera discontinuado la parada en Schüptitz en 2011, se restauró luego de las manifestaciones en 2012.
Después de que la parada en Schüptitz se restituyera en 2011, se ha interrumpido luego de las protestas de los ciudadanos en 2012.
Luego de la boda en su ciudad de origen Sakarya, la pareja voló hacia Barcelona, España.
Después de la ceremonia nupcial en su ciudad natal Sakarya, la pareja viajó a Barcelona, España.
Si, dice Pauline, pero Frannie todavía es sospechoso.
Frannie dice que sí, pero Pauline aún desconfía.
Celestin III se convirtió en el centro de una nueva y más estricta rama de la Orden cisterciense, aprobada por Fiore en 1198.
Fiore se convirtió en el centro de una nueva y más estricta rama de la orden cisterciense, la 1198 de Celestino III.
El histórico Rubber Bowl fue utilizado por la Guardia Nacional de los Estados Unidos como base durante los disturbios raciales de la Wooster Avenue de 1968.
El Racial Rubber Bowl fue utilizado por la Guardia Nacional de los Estados Unidos como base durante los históricos disturbios de Wooster Avenue de 1968.
Fanwood está ubicado en el 22avo. distrito electoral y es parte del 12avo. distrito legislativo del estado de Jersey.
Fanwood está ubicada en el Distrito Electoral 12 y es parte del Distrito Legislativo Estatal 22 en New Jersey.
La novena temporada se convirtió en el segundo programa mejor calificado de Comedy Central.
La novena temporada se convirtió en el segundo programa con mejor puntaje de Comedy Central.
Las poblaciones de la oruga de col de América del Norte migran de Canadá a México, según las temporadas.
Según las estaciones, las poblaciones de repollo en Norteamérica migran desde México a Canadá.
La serie de televisión italiana AleX la produjeron Giorgio Schottler, Guglielmo Duccoli y Alfredo Castelli y la escribió videotime.
El Teniente Robert Ramsey le encargó el Mar del Norte en mayo de 1805, y el Teniente John Gedge lo reemplazó en 1806.
El Teniente John Gedge la envió al Mar del Norte en mayo de 1805. El Teniente Robert Ramsey lo reemplazó en 1806.
Nozomu Sasaki lo pronuncia Mackie en japonés y Frank Trimble en inglés en la serie original.
En la serie original, Nozomu Sasaki le pone la voz a Mackie en japonés y Frank Trimble en inglés.
En Sri Lanka, el título de un contador (CA Sri Lanka) solo puede ser utilizado por miembros del Instituto de Contadores de Sri Lanka.
En CA, el título de contador (Sri Lanka Sri Lanka) solo puede ser utilizado por miembros del Instituto de Contadores en Sri Lanka.
La tierra de amor ocupaba el segundo piso como su mercante y el primer piso servía como templo masónico.
El Loveland ocuparon el primer piso como mercante y el segundo piso sirvió como templo masónico.
Lo sobrevivió su esposa, Viola, la hija Carol Ober y cuatro nietos.
Lo sobrevivió su esposa Carol Ober, su hija Viola y cuatro nietos.
El Porte de Vincennes está ubicado donde la esquina sudeste del distrito 20.º se encuentra con la esquina noreste del distrito 12.º de París.
La Porte de Vincennes está ubicada donde la esquina noreste del distrito 12.° se encuentra con la esquina sureste del distrito 20.° de Paris.
La obra fue publicada en 1631 con el título ``The School of Complement'' en un Quarto impreso por Elizabeth Allde para el librero Francis Constable.
La pieza se imprimió en 1631 con el subtítulo de ``The School of Complement'' en un Quarto publicado por Elizabeth Allde para el librero Francis Constable.
Después de mitades de los 70, cambió a paisajes aparentemente tradicionales y deconstruyó las convenciones de pintura romántica.
Después de mediados de 1970 se volcó a paisajes en apariencia tradicionales, deconstruyendo las convenciones de la pintura romántica.
Durante la Guerra de Vietnam, la tríada fue eliminada del sur pero no del norte.
La Triada se eliminó en el norte durante la Guerra de Vietnam, pero en el sur.
Erginus galkini es una especie de caracol marino, una lapa, un molusco gasterópodo de la familia de Lottiidae, una de las familias de las lapas.
Erginus galkini es una especie de caracol marino, una auténtica lapa, un molusco gasterópodo marino de la familia Lottiidae, una de las familias de lapas auténticas.
Los ganadores juniores de la división conjunta 1 reciben la copa James Delahunt.
Los ganadores de la división junior 1 reciben la copa James Delahunt.
NS
Vincent Goldsborough nació en Chicago el 3 de octubre de 1937, es hijo del arquitecto Robert Goldsborough y Wilma (Janak) Goldsborough.
También es el quinto edificio más alto de Rusia, el sexto más alto de Europa y uno de los 90 rascacielos más altos del mundo.
También es el sexto edificio más alto de Rusia, el quinto más alto de Europa y uno de los 90 rascacielos más altos del mundo.
Después Iyer apareció en la película en canarés ``Darshan'' con el actor Jaggu Dada.
"Iyer apareció posteriormente en la película de Kannada ""Darshan"" con el actor Jaggu Dada."
El puerto de Tubarão es un puerto de Brasil, cerca de la ciudad de Vitória en el Espírito Santo.
El puerto de Tubarão es un puerto en Espírito Santo, cerca de la ciudad de Vitória en Brasil.
La raza estándar describe al perro como poseedor de un fuerte temperamento y una individualidad ingeniosa, que desconfía de los extraños.
El estándar de raza describe al perro como un can de temperamento fuerte y una individualidad aguda, receloso de los extraños.
Este incidente luego se celebró y ahora se celebra en Egipto como el Día Nacional de la Policía el 25 de enero de todos los años.
Este incidente fue más tarde celebrado y actualmente es conmemorado en Egipto el 25 de enero de cada año como el Día Nacional de la Policía.
El primer curso para capataz de señales se realizó en 1951, y los 86to y 87mo cursos están actualmente vigentes.
El primer curso de Encargado de Señales se realizó en 1951 y los cursos que se dictan actualmente son los números 86 y 87.
Nació en Brooklyn, Nueva York, falleció en Tiburón, California.
Nació en Tiburón, California, y falleció en Brooklyn, Nueva York.
Jose b. Hanina fue nombrado rabino por su propio rabino: Yochanan bar Nafcha.
El rabino fue nombrado rabino por su propio Jose B. Hanina y Yochanan bar Nafcha.
El río Neajlov es un afluente del río Neajlovel en Romania.
El río Neajlov es un afluente del río Neajlovel en Romania.
"También los grupos ""Air"", Howie B, Mars IV, Les Negresses Vertes y Manu Chao participaron en el álbum."
"Cassius, los grupos ""Air"", Howie B, Mars IV, Les Négresses Vertes and FFF y Manu Chao también participaron en el álbum."
Megan Young de China coronó a su sucesora Yu Wexia de Filipinas al final del evento.
Al final del evento, Yu Wenxia de VR China coronó a su sucesora Megan Young de las Filipinas.
Como pequeño compositor en la escuela francesa, realizó contribuciones espectaculares a la música de la iglesia impresionista como director.
Compositor secundario de la escuela francesa, como conductor realizó aportes destacados a la música eclesiástica impresionista.
La segunda hija de Octavius Warre Malet, Alice Anna Catherine, se casó con Thomas el 24 de junio de 1852 en el Consulado británico, Colonia.
La segunda hija de Thomas Anne, Alice Anna Catherine, se casó con Octavius Warre Malet en el Consulado británico en Cologne el 24 de junio de 1852.
Cuando Platzer abrió su segundo restaurante en Allentown en 1993, le cambió el nombre a P. J. Whelihan's en honor a su abuelo, Peter Joseph Whelihan.
En 1993, cuando Platzer abrió su segundo restaurante en Allentown, cambió el nombre a P. J. Whelihan 's en conmemoración a su abuelo, Peter Joseph Whelihan.
Recomienda contratos financieros por escrito con testigos confiables, a pesar de que hay una disputa sobre la igualdad de las testigos femeninas.
Recomienda contratos financieros por escrito con testigos confiables, a pesar de que hay una disputa sobre la igualdad del testimonio femenino.
Cher y MCA fueron los sellos discográficos con los que Kapp tuvo mayor éxito en la década del 70 y permaneció con ellos hasta 1974.
Cher y MCA fueron sellos en los que Kapp tuvo más éxito en los setenta y permaneció con ellos hasta 1974.
Tom Tom conduce a la Toscana y se enfrenta a William y Helénè con las novedades que le contó Marianne.
Tom va a la Toscana y se enfrenta a William y Marianne para transmitirles la noticia que Helélène le contó.
En 1924 asistió como portavoz invitado de la ICM en Toronto, en 1932 en Zúrich y en 1936 en Oslo.
Fue orador invitado del ICM en Toronto en 1924, en 1932 en Zurich y en 1936 en Oslo.
Sus esculturas enormes se pueden ver en espacios públicos en Wanka, desde Nueva Zelanda hasta Kaitaia y muchas localidades intermedias.
Sus enormes esculturas pueden apreciarse en espacios públicos de Nueva Zelanda, desde Kaitaia hasta Wanaka y muchos lugares entre medio.
Muchos jugadores de las ligas mayores pasaron tiempo con su equipo, incluido el veterano Jack Remsen de siete años de edad y el veterano John Kerins de diez años de edad.
Muchos jugadores de las ligas mayores pasaron tiempo con el equipo, incluido el veterano de siete años John Kerins y el veterano de diez años Jack Remsen.
El equipo de Loyang venció a Raffles Institution en la vuelta de apertura, y a la Xinmin Secondary School en los cuartos de final antes de perder con la Hwa Chong Institution en las semifinales.
El equipo Loyang derrotó a la Secundaria Xinmin en la ronda inicial y la Institución Raffles en los cuartos de final antes de perder frente al Instituto Hwa Chong en las semifinales.
Al momento de su muerte, David era Cardenal Beaton, Lord Canciller de St. Andrews, Arzobispo de Escocia y Cardenal Legado de Escocia.
David Cardinal Beaton era Lord canciller de Escocia, arzobispo de St. Andrews y cardenal enviado papal de Escocia al momento de su muerte.
Abu Halifa o Abu Hulayfah o Abu Huleifa o Abu Haleifah es una pequeña ciudad en Kuwait de la gobernación de Al Ahmadi al sur del distrito de Abu Halifa.
Abu Halifa o Abu Hulayfah o Abu Huleifa o Abu Haleifah es una pequeña ciudad en el distrito de Abu Halifa de la gobernación de Al Ahmadi al sur de Kuwait.
Aguas arriba de la entrada a Big Flat Brook, el arroyo se conoce como Little Flat Brook.
Ubicado aguas arriba de la vertiente de Little Flat Brook, el arroyo es conocido como Big Flat Brook.
Las alas frontales son de un amarillo paja sucio con tres puntos oscuros en la forma de un triángulo.
Las alas delanteras son de color amarillo pajizo oscuro y textura sucia, con tres puntas amarillas en forma de triángulo.
En el verano de 1924 fue a Smackover en el Sur - Arkansas para trabajar en el auge del petróleo en una oficina en Norphlet cerca del condado de Union.
En el verano de 1924 fue al condado de Union al sur de Arkansas para trabajar en una oficina en Norphlet cerca de Smackover en el auge del petróleo.
KPN pertenece al grupo de telecomunicaciones holandés Simyo, después de la adquisición del resto de E-Plus el 14 de marzo.
Luego de la adquisición del resto de E-Plus el 14 de marzo, Simyo pertenece al grupo holandés de telecomunicaciones KPN.
Para estas escenas de Connecticut, la filmación tuvo lugar en Ciudad del Cabo, Sudáfrica.
La filmación se llevó a cabo en Ciudad del Cabo, Sudáfrica, para las escenas situadas en Connecticut.
Mabvuku High School es una escuela secundaria en Harare, Zimbabwe, suburbio de Mabvuku.
La escuela secundaria Mabvuku, es una secundaria en los suburbios Mabvuku de Harare, Zimbabue.
La valla completa está ubicada mayoritariamente en Nuevo México, Arizona y California, con la construcción en Texas.
La valla completa está principalmente en Nuevo México, Arizona, y en California, con construcciones en marcha en Texas.
Madison District Public Schools es un distrito escolar que presta servicios en el extremo sur del Área Metropolitana de Detroit en Madison Heights, Michigan.
Madison District Public Schools es un distrito escolar del sur del área metropolitana de Detroit en Madison Heights, Michigan.
Northamptonshire fue un distrito del condado de North Northamptonshire, representado en la Casa de los Comunes del Parlamento del Reino Unido.
Northamptonshire era un distrito electoral del condado en Northamptonshire del Norte, representado en la Cámara de los Comunes del Parlamento del Reino unido.
Ha sido encontrado en California, Arizona, Nevada y Utah, donde se registró desde América del Norte.
Se encuentra en California, Arizona, Nevada y Utah, donde ha sido registrado en Norteamérica.
"El 13 de junio de 1987, ""Shatterer'' se distribuyó en Japón, donde Toho la lanzó."
"""Shatterer"" se publicó el 13 de junio de 1987 en Japón, donde fue distribuida por Toho."
Heydarov habla azerí, inglés, ruso y turco.
Heydarov habla ruso, inglés, azerí y turco.
Los Campeonatos de 2007 tuvieron lugar entre el 21 y el 28 de enero en Spokane, Washington en el Spokane Arena y en el centro de convenciones Spokane.
Los campeonatos de 2007 tuvieron lugar entre el 21 y el 28 de enero en Spokane, Washington, en el Centro de convenciones de Spokane y en Spokane Arena.
Viajó de San Francisco, California a Manhattan, Nueva York.
Ha viajado desde San Francisco, California hasta Manhattan, New York.
Los Khan avanzaban con un escolta, Tsitsianov cabalgó junto con otros dos hombres y fue muerto de un disparo.
El Khan salió con un acompañante, Tsitsianov se acercó con otros dos hombres y fue asesinado con un disparo.
El más rápido fue Nico Rosberg, delante de Williams, Valtteri Bottas y Lewis Hamilton.
Nico Rosberg fue más rápido, por delante de Williams 'Valtteri Bottas y Lewis Hamilton.
"Daniil Ostrogski también afirma que Dmytro es el padre de Bilinsky, a quien también se conoce como ""Danylo Dmytrovych""."
"Daniil Ostrogski también asegura que Dmytro es uno de los padres de Bilinsky, también conocido como ''Danylo Dmytrovych""."
Robert Goldsborough nació el 3 de octubre de 1937 en Chicago, hijo del arquitecto Robert Vincent Goldsborough y de Wilma (Janak) Goldsborough.
Vincent Goldsborough nació en Chicago el 3 de octubre de 1937, hijo del arquitecto Robert Goldsborough y Wilma (Janak) Goldsborough.
Colaboró con arquitectos contemporáneos como Giovan Giacomo Di Conforto, Bartolomeo Picchiatti y Francesco Grimaldi.
Colaboró con arquitectos contemporáneos, como Francesco Grimaldi, Bartolomeo Picchiatti y Giovan Giacomo Di Conforto.
Grabó con la banda de Billy Eckstine y tocó con la banda de Lionel Hampton en 1946.
Grabó con la banda de Billy Eckstine y en 1946, tocó con la banda de Lionel Hampton.
Fue reemplazado por el canal de Clásico alternativo de los 80 en la radio siria 1st Wave.
Fue reemplazado por el canal alternativo de clásicos de los 80 en la radio Sirius 1st Wave.
Según la Oficina del Censo de los Estados Unidos, la localidad tiene un área total de, de la cual es tierra y, o 33,45 %, es agua.
Según la Oficina del Censo de los Estados Unidos, la ciudad tiene un área de superficie total del cual tiene tierra y/o 33,45 % es agua.
Los estudios, abiertos en 2008, los diseñó Martin Pilchner y los supervisó el ingeniero jefe Zach Hancock.
Los estudios, abiertos en 2008, fueron diseñados por Zach Hancock y los conserva el ingeniero jefe Martin Pilchner.
Pennmakkal es una película malayo-india de 1966, dirigida por J. Sasikumar y producida por KP Kottarakkara.
Pennmakkal es una película de 1966 de Malabar India dirigida por J. Sasikumar y producida por KP Kottarakkara.
Sus hijos fueron Carolyn y Cynthia (fallecidas en 1970), Brennan, Matt Pelosi, Laurence (nacida en 1971) y Andrew (nacido 1981).
Sus hijos fueron Carolyn, Brennan, Matt Pelosi, Laurence (d. 1970), Andrew (nacido en 1971) y Cynthia (nacida en 1981).
La escuela secundaria Mabvuku es una escuela secundaria en el suburbio de Mabvuku Harare en Zimbabwe.
La escuela secundaria Mabvuku es una escuela secundaria en Harare, Zimbabwe, suburbio de Mabvuku.
Aunque la Unión de Rugby de Croacia era el principal centro de deportes en la antigua Yugoslavia - una gran parte del rugby se seguía jugando en Eslovenia.
Aunque la Unión de Rugby en Eslovenia fue el principal centro deportivo de la ex Yugoslavia, aún se jugaban muchos partidos de rugby en Croacia.
Jesús pasó tres días en la panza del pez, Jonás pasará tres días en la tumba.
Jonah pasó tres días en la barriga del pez; Jesús pasará tres días en la tumba.
Vempati Chinna Satyam (15 de octubre de 1929 -- 29 de julio de 2012) era una bailarina de Kuchipudi y gurú de la danza india.
Vempati Chinna Satyam (15 de octubre de 1929 - 29 de julio de 2012) fue una bailarina china y gurú de Kuchipudi, una forma de danza.
"Hazel interpretó el rol de la hermana más joven, Alexandra Coopinger, en la nueva serie de televisión ""Difuntas Encantadoras""."
"Alexandra Coppinger interpretó en el rol de Hazel, la más joven de las hermanas, con la nueva serie de televisión ""Difuntas Encantadoras""."
McCarthy nació en Auckland, pero se mudó con sus padres a San Francisco, California a la edad de cuatro.
McCarthy nació en San Francisco, California, pero se mudó a Auckland con sus padres a la edad de cuatro años.
Clark tuvo un hijo, Rishi, que nació el 3 de abril de 2007. Un EP de Socks and Sandales en Microcosm Music fue llamado así por él, Rishi Saturn.
Rishi tuvo un hijo, Clark, nacido el 3 de abril de 2007. Un EP de Socks and Sandals sobre música del microcosmos recibió su nombre inspirado en el, Rishi Saturn.
No puede haber progreso hacia el desarrollo simultáneo de los individuos sin el desarrollo completo de toda la humanidad en el espíritu de la solidaridad.
Sin el desarrollo simultáneo de toda la humanidad en un espíritu de solidaridad, no puede haber progreso hacia el desarrollo completo de las personas.
Por lo tanto, la productividad oceanográfica del área puede cambiar en función de las condiciones biológicas.
Por lo tanto, la productividad biológica del área puede cambiar en función de las condiciones oceanográficas.
La proteína desacopladora 1 fue clonada en 1978 y descubierta por primera vez en 1988.
La proteína de desacoplamiento 1 fue descubierta en 1978 y fue clonada por primera vez en 1988.
Alfaro fue la tercera mujer sentenciada a muerte en la cámara de gas y, al momento de su sentencia, fue la primera mujer en el pabellón de los condenados a muerte de California.
Alfaro fue la tercera mujer sentenciada a muerte en la cámara de gas, y al momento de la sentencia, fue la primera mujer en el pabellón de los condenados a muerte de California.
"La canción ""Astrud'' del álbum de Basia Trzetrzelewska ""Time and Tide'' de 1987 es un homenaje para Gilberto."
"La pista ""Astrud'' del álbum de Gilberto ""Time and Tide'' de 1987 es un tributo a Basia Trzetrzelewska."
En 1964, la diócesis se restauró nominalmente como sede titular del rango más bajo (episcopal).
En 1964, la diócesis se restauró nominalmente como ciudadano titular del rango más bajo (episcopal).
Vempati Chinna Satyam (15 de octubre de 1929-29 de julio de 2012) fue un bailarín indio y gurú de categoría de danza Kuchipudi.
Vempati Chinna Satyam (15 de octubre de 1929 -- 29 de julio de 2012) fue un bailarín kuchipudi y un gurú de la forma de baile india.
Peter Burgess está casado con Karen Lieve Ria Hostens, delegado de cooperación del Comité Internacional de la Cruz Roja, y padre de tres hijos.
Karen Lieve Ria Hostens está casada con J. Peter Burgess, delegado de cooperación del Comité Internacional de la Cruz Roja, y padre de tres hijos.
En 1876, se mudó a San Diego, California, y en 1887 a Dallas, Texas.
En 1876, se mudó a Dallas, Texas y a San Diego, California en 1887.
La uvular eyectiva es un tipo de sonido de consonante que se utiliza en algunos idiomas orales. El símbolo en el Alfabeto Fonético Internacional, que representa el sonido.
El sonido consonántico expulsivo es un tipo de sonido uvular, utilizado por lo general en algunas lenguas habladas. Su símbolo en el Alfabeto Internacional Fonológico que representa su sonido es
Malet se casó con Mary Aldworth, viuda de Thomas White de Letcombe Regis, Berkshire e hija de John Aldworth por Fyfield Berkshire hasta 1664.
Malet se casó con Mary Aldworth, viuda de John Aldworth de Letcombe Regis, Berkshire e hija de Thomas White de Fyfield Berkshire para 1664.
La línea aérea fue fundada por Irelandia, que además desarrolló otras cinco aerolíneas VivaColombia, Ryanair, Allegiant Air, VivaAerobus y Tigerair.
La aerolínea se desarrolló como Irelandia, que también formó otras cinco aerolíneas más, llamadas VivaColombia, Ryanair, Allegiant Air, VivaAerobus y Tigerair.
Después del tratamiento médico, Strozzi comenzó a tomar clases de interpretación privadas dictadas por Josip Freudenreich, como le recomendó Dimitrija Demeter.
Después del tratamiento médico, Strozzi comenzó con clases de interpretación privadas con Josip Freudenreich, como le recomendó Dimitrija Demeter.
Martin Damm y Radek Štěpánek le ganaron a Jonas Björkman y Fabrice Santoro en las finales 6 : 2, 6 : 4.
Jonas Björkman y Fabrice Santoro ganaron la final 6 - 2, 6 - 4, contra Martin Damm y Radek Štěpánek.
Tocó con la banda de Lionel Hampton y en 1946 grabó con la banda de Billy Eckstine.
Grabó con la banda de Billy Eckstine y en 1946 tocó con Lionel Hampton.
Fue publicado por Angular Recording Corporation el 28 de enero de 2008 en el Reino Unido y por Domino Records el 18 de marzo de 2008 en los Estados Unidos.
Fue lanzado el 28 de enero de 2008 en los Estados Unidos por Angular Recording Corporation y el 18 de marzo de 2008 en el Reino unido de la mano de Domino Records.
Oaklyn está ubicada en el 1er distrito electoral y es parte del 6to distrito legislativo estatal de Nueva Jersey.
Oaklyn se ubica en el 6to Distrito del Congreso y forma parte del 1er Distrito Legislativo de Nueva Jersey.
Para mostrar respeto, los individuos sostienen el antebrazo izquierdo con su mano derecha.
Para mostrar respeto, las personas sostienen el antebrazo izquierdo con la mano derecha.
Cai Mao también tuvo un hijo, Cai Feng.
Cai Mao también tuvo un hijo, Cai Feng.
Sin embargo, Michael Jackson, Prince y Madonna fueron influencias para el álbum.
Sin embargo, Michael Jackson, Prince y Madonna fueron influencias para el álbum.
La región de Qikiqtaaluk es una de las muchas islas canadienses sin habitar en las islas de Kudlago, Nunavut.
La isla de Kudlago es una de las muchas islas canadienses deshabitadas en la región de Qikiqtaaluk, Nunavut.
Con Jean Coralli, Achille Deveria dibujó Adèle Dumilâtre.
Achille Deveria dibujó a Adèle Dumilâtre con Jean Coralli.
Las instalaciones se renovaron en 1996 y se completaron en 2011.
Las instalaciones se completaron en 1996 y posteriormente se renovaron en 2011.
Murió de cáncer gástrico en Claremore, Oklahoma, Ciudad de Nueva York el 30 de junio de 1954, y aloja el monumento a Lynn Riggs.
Murió el 30 de junio de 1954, de cáncer de estómago en la ciudad de Nueva York. Claremore, Oklahoma es el hogar del museo conmemorativo de Lynn Riggs.
James Henry Engley nació el 5 de abril de 1851 en Attleborough, Massachusetts, como el hijo de Eugene D. Engley y su esposa, la antigua Mary Kaley.
James Henry Engley nació el 5 de abril de 1851 en Attleborough, Massachusetts, hijo de Eugene D. Engley y su esposa, la antigua Mary Kaley.
Nació en Alemania de padres judíos, era hijo de Hedwig Ehrenberg y el científico Max Born.
Nacido en Alemania, de padres judíos, hijo de Max Born y de la científica Hedwig Ehrenberg.
Cornelius Olatunji Adebayo es un ex senador de Nigeria, quien fue gobernador del estado y posteriormente fue jefe del Ministerio de Comunicaciones Federal de Nigeria.
Cornelius Olatunji Adebayo es un antiguo senador de Nigeria, quien fue gobernador y luego se convirtió en jefe del Ministerio Federal de Comunicaciones de Nigeria.
Maritsa Lazari nació en Chipre en octubre de 1943 y emigró con su familia a Londres, Inglaterra, a la edad de 16 años.
Maritsa Lazari nació en Londres en octubre de 1943 y emigró a Chipre con su familia a la edad de 16.
Nueve arquitectos diferentes contribuyeron con diseños para el distrito, incluido el arquitecto de Ottumwa George M. Kerns, el arquitecto de Nueva York F.R.
Nueve arquitectos diferentes contribuyeron en los diseños para el distrito, incluido el arquitecto de la ciudad de Nueva York George M. Kerns, arquitecto de Ottumwa F. R.
Mohnia blakei es una especie de caracol de mar, un molusco gasterópodo de la familia de Buccinidae, el verdadero caracol de mar.
Mohnia blakei es una especie de caracol de mar, un verdadero molusco gasterópodo de la familia Buccinidae, de los buccinidos armados.
Jugó profesionalmente en Italia, Rusia, Grecia, Francia, Indonesia y Grecia y ganó campeonatos nacionales en Puerto Rico, Portugal e Indonesia.
Jugó de manera profesional en Grecia, Rusia, Italia, Francia, Puerto Rico, Portugal e Indonesia y ganó campeonatos nacionales en Indonesia y Grecia.
En la nueva serie de TV ''Dead Gorgeous'', Alexandra Coppinger representó el papel de su hermana menor Hazel.
"Alexandra Coppinger representó el papel de Hazel, la hermana más pequeña, en la nueva serie de TV ""Difuntas encantadoras''."
Fair Oaks está ubicada entre Sacramento y Folsom (38.651254, -121.259279).
Sacramento está ubicada en (38.651254, -121.259279), entre Fair Oaks y Folsom.
Lo sobrevivió su esposa, la antigua Helen Tuthill Sisson, sus hijos Norman F. Boas y Donald P. Boas, y su hija Barbara Crutchley.
Su mujer lo sobrevivió, antes Barbara Crutchley, sus hijos Norman F. Boas y Donald P. Boas y su hija, Helen Tuthill Sisson.
La regulación es la segunda ordenación de un clérigo cuya ordenación original es cuestionable.
La reordenación es la segunda ordenación de un clérigo cuya ordenación original es cuestionable.
Baldingen es una municipalidad del distrito de Zurzach del cantón de Aargau en Suiza. Está ubicada a solo 2 km al sur de la frontera con Alemania.
Baldingen es una municipalidad del distrito de Zurzach en el cantón de Aargau en Alemania, ubicado a solo 2 km al sur de la frontera con Suiza.
El 3 de junio de 1961, Emile Griffith perdió con Gaspar, el ataque sería su primer tiro en un Campeonato Mundial.
El 3 de junio de 1961, Gaspar perdió ante Emile Griffith, la lucha sería su primer golpe en el Torneo mundial.
La sección Kanpur - Delhi es una línea de ferrocarril que conecta Kanpur Central y Delhi.
La sección Kanpur Central y Delhi de Kanpur es una línea ferroviaria que conecta con Delhi.
La reserva fue la primera de dos reservas en Goyt Valley, la otra era la reserva Errwood.
La reserva fue la primera de las dos reservas construidas en Errwood Reservoir, la otra es Goyt Valley.
Trabajó junto con arquitectos contemporáneos como Francesco Grimaldi, Bartolomeo Picchiatti y Giovan Giacomo Di Conforto.
Ha colaborado con arquitectos contemporáneos como Giovan Giacomo Di Conforto, Bartolomeo Picchiatti y Francesco Grimaldi.
Después de recibir tratamiento médico, Strozzi comenzó a tomar lecciones de actuación privadas con Dimitrija Demeter, como se lo había recomendado Josip Freudenreich.
Luego del tratamiento médico, Strozzi empezó lecciones privadas de actuación con Josip Freudenreich, según lo recomendado por Dimitrija Demeter.
La escuela tiene aulas bien mantenidas y una capacidad inteligente, la mayoría de las clases son buenas clases.
La escuela tiene aulas bien mantenidas y capacidad inteligente. La mayoría de las clases son buenas clases.
El 19 de diciembre de 2014, Marlins Eovaldi, Garrett Jones y Domingo Germán se pasaron a los Yankees para Nueva York contra Martín Prado y David Phelps.
El 19 de diciembre de 2014, los Marlins intercambiaron a Eovaldi, Garrett Jones y Domingo Germán a los New York Yankees por Martín Prado y David Phelps.
El medio efectivo se puede caracterizar por secciones transversales sencillas de absorción y emisión a frecuencias de Fórmula 2 y Fórmula 3.
El medio efectivo puede caracterizarse con simples secciones transversales de absorción y emisión en las frecuencias de la fórmula _ 2 y la fórmula _ 3.
"Nadège du Bospertus es un modelo francés y ex juez de ""Italia's Next Top Model"". Fue la musa de Giorgio Armani y Gianni Versace."
"Nadège du Bospertus fue una exmodelo y jueza francesa en ""Italia's Next Top Model"", musa de Giorgio Armani y Gianni Versace."
Desde 1984, Blake está casado con Patricia Meyer y tiene dos hijos: Ryan (que nació en 1988 ) y Dale (que nació en 1992).
Blake estuvo casado con Patricia Meyer desde 1984 y juntos tuvieron dos hijos, Ryan (nacido en 1988) y Dale (nacido en 1992).
Armando Santiago (nacido el 18 de junio de 1932) es un compositor, director, profesor de música y administrador universitario canadiense pero nacido en Portugal.
Armando Santiago (nacido el 18 de junio de 1932) es un compositor, director, educador musical y administrador universitario canadiense con descendencia portuguesa.
Brewarrina Shire comprende Brewarrina y las ciudades de Gongolgon, Angledool y Goodooga y el pueblo fantasma de Tarcoon.
Brewarrina Shire y las ciudades de Gongolgon, Angledool, Goodooga y el pueblo fantasma de Tarcoon.
Warren Haynes se unió a la gira y la banda de grabación de David Allan Coe en 1980, cuando tenía 20 años.
En 1980, cuando tenía 20 años, David David Allan se incorporó a la gira y a las grabaciones de la banda de Warren Haynes.
También es posible ejecutar un código malicioso que contenga archivos del escritorio (que se utilizan para ejecutar aplicaciones).
También es posible ejecutar un código malicioso que contenga archivos del escritorio (que se usan para ejecutar aplicaciones).
La fibra animal para hilado más frecuente es la lana extraída de las ovejas. Para el tejido manual y de entretenimiento, se suelen usar la lana gruesa y los hilos acrílicos.
La fibra tejida más comúnmente es la lana de oveja. Para tejer a mano y como pasatiempo de tejido, frecuentemente se utilizan hilos de acrílico de lana pesados.
Sus miembros incluían a Eugène Schneider, Léon Talabot, Henri Barbet y Jules Hochet.
Sus miembros incluían a Henri Barbet, Léon Talabot, Eugène Schneider, y Jules Hochet.
Agregó que la violación ocurrió poco después de que ocurriera el mencionado incidente.
Agregó que la violación sucedió poco tiempo después del incidente.
Después de que se interrumpió la escala en Schüptitz en 2011, fue restituido luego de las protestas de los ciudadanos en 2012.
Después de que la parada en Schüptitz se suspendió en 2011, en el 2012 se restauró tras las protestas civiles.
En abril de 1942, Montagu Slater regresó a Inglaterra y le pidió a Britten que fuera el autor de su libreto para ``Peter Grimes'' poco después de su regreso.
"En abril de 1942, Britten regresó a Inglaterra y poco tiempo después de su regreso le pidió a Montagu Slater que sea su guionista de ""Peter Grimes""."
Un análisis que comparaba millones de claves públicas de la RSA que se juntaron de internet fue anunciado en 2012 por Augier, Hughes, Lenstra, Bos, Kleinjung y Wachter.
El análisis de millones de claves RSA públicas de Internet fue anunciado en 2012 por Augier, Hughes, Lenstra, Bos, Kleinjung y Wachter.
Rakai es la sede de Uganda, que fue el epicentro a principios de la década del 80 y fue la primera zona afectada por la epidemia de SIDA en el distrito de Rakai.
Rakai es la sede central del distrito de Rakai, que fue el epicentro a principios de 1980 y fue el primero afectado por la epidemia de SIDA en Uganda.
Los cantantes de la banda incluían a Dorothy Crane, Walter Cummins, Betty Griffin, el hermano de Jerry Lang Bernie y Scottee Marsh, que luego cantó con Tommy Dorsey.
Los cantantes de la banda Dorothy Crane, Jerry Lang, Betty Griffin, el hermano de Bernie, Walter Cummins, y Scottee Marsh, que más tarde cantó con Tommy Dorsey.
Sin embargo, Madonna, Prince y Michael Jackson fueron influencias para el álbum.
Michael Jackson, Prince y Madonna fueron, sin embargo, las influencias del álbum.
"""2"" Benjamin Hough fue desposado el 29 de agosto de 1806 por el juez de paz Stephen Ford, en el condado de Jefferson, con Elizabeth Core."
Benjamin Hough debió casarse con Elizabeth Core el 29 de agosto de 1806, por Stephen Ford, juez de paz, en el condado de Jefferson.
Bayezid II se casó con Gülbahar Hatun, quien fue la madre de Bayezid II., Selim I, y sobrino de Sitti Mükrime Hatun.
Selim I se casó con Gülbahar Hatun, que era la madre del sucesor de Bayezid II, Bayezid II y el sobrino de Sitti Mükrime Hatun.
Su trabajo también estaba asociado a la escuela escocesa y a la ficción popular de Annie S. Swan.
Su trabajo también ha estado vinculado con la escuela Kailyard escocesa y la ficción popular de Annie S. Swan.
Se mudó a San Diego, California, en 1876 y a Dallas, Texas, en 1887.
En 1876, se mudó a Dallas, Texas y a San Diego, California en 1887.
El pionero suizo John Sutter (1803-1880) llegó a Alta California en agosto de 1839 junto con otros colonos euroamericanos.
El pionero suizo John Sutter (1803-1880) llegó a Alta California con otros pobladores euroamericanos en agosto de 1839.
El primer curso de Encargado de señales fue en 1951 y los cursos n.º 86 y 87 son el curso de competencia actual.
El primer curso de Supervisor de señales fue en 1951 y los cursos actuales son el 86.º y el 87.º en funcionamiento.
Es la hija de Henri Queffélec y hermana de Yann Queffélec, ambos escritores renombrados.
Es la hija de Yann Queffélec y hermana de Henri Queffélec, ambos escritores bien conocidos.
Jesus pasó tres días en el estómago del pescado; Jonah pasará tres días en la tumba.
Jesús pasó tres días en la barriga de un pez y Jonah pasaría tres días en la tumba.
Sacramento está ubicado en (38.651254, -121.259279), entre Fair Oaks y Folsom.
Fair Oaks (38.651254, -121.259279) está ubicada entre Sacramento y Folsom.
En 1912, el Congreso Nacional Indio llevó a cabo su 27.° sesión en Bankipore con la presidencia de Rao Bahadur Raghunath Narasinha Mudholkar de Amravati de las Provincias centrales y Berar.
En 1912, el Congreso Nacional Indio celebró su sesión 27 en Bankipore, bajo la presidencia de Rao Bahadur Raghunath Narasinha Mudholkar de las provincias centrales de Amravati y Berar.
"En ""Detection Unlimited'', una novela de misterio escrita por Georgette Heyer, se compara a un personaje con Armstrong."
"Un personaje en ""Detection Unlimited"", una novela de misterio escrita por Armstrong, se compara con Georgette Heyer."
Fair Oaks (38,651254, -121,259279) está ubicado entre Sacramento y Folsom.
Sacramento está ubicada entre Fair Oaks y Folsom (38,651254, -121,259279).
Robert Vincent Goldsborough nació el 3 de octubre de 1937, en Chicago, fue hijo del arquitecto Robert Goldsborough y de Wilma (Janak) Goldsborough.
Vincent Goldsborough nació en Chicago el 3 de octubre de 1937, hijo del arquitecto Robert Goldsborough y de Wilma (Janak) Goldsborough.
La tercera línea del último verso fue modificada durante el reinado de Alexander I de Yugoslavia en ``Kralja Aleksandra, Bože hrani''.
La última línea del tercer verso se cambió a ``Kralja Aleksandra, Bože hrani,'' durante el reinado de Alexander I de Yugoslavia.
Durante ese primer año, Larco Hoyle recibió algunos consejos de su tío, Víctor Larco Herrera, un fundador del mismo museo en Lima.
Durante este primer año, Larco Hoyle recibió algunos consejos de su tío, Víctor Larco Herrera, fundador del mismo museo en Lima.
"Finalmente lo logró en ""Western Republican"", una de las primeras colecciones de botánica publicadas en Ohio por un botánico profesional."
"Finalmente, en el ""Western Republican"", publicó una de las primeras colecciones botánicas que se realizaron en Ohio de la mano de un botánico profesional."
También publicaron la 5.º pista en el álbum, ``Vices'', como segundo single del álbum el 13 de junio.
El R205 road es un camino regional de Irlanda que va desde R199 road en el condado de Cavan hasta la frontera con Irlanda del Norte en el condado de Leitrim, principalmente en el condado de Fermanagh.
Road R205 es un camino regional en Irlanda desde el camino R199 en el condado de Cavan hacia la frontera de Irlanda del Norte en el condado de Leitrim, mayoritariamente en el condado de Fermanagh.
Fue levantado por los alemanes en 1943-1944 y fue derribado dos veces por bombarderos aliados y, finalmente, fue desguazado en 1946-1947.
Los alemanes lo levantaron, y los bombarderos Aliados lo hundieron dos veces en 1943 -- 1944. Finalmente, se desguazó en 1946 -- 1947.
Hirasea goniobasis es una especie de caracol pequeño que respira aire, un molusco gasterópodo pulmonado terrestre de la familia de Endodontidae.
Hirasea goniobasis es una especie de caracol terrestre pequeño aerobio, un molusco gasterópodo pulmonado terrestre de la familia Endodontidae.
Nació en el condado de Carter, Tennessee y después se mudó a Arkansas.
Nació en el Condado de Carter, Tennessee y más tarde se mudó a Arkansas.
``Hymenaea stiginocarpa'' se produce en el norte, centro y este de Paraguay y en Brasil.
"""Hymenaea stiginocarpa"" se encuentra en el norte, centro y este de Paraguay, y en Brasil."
El frente costero de Dubai conformaría la primera fase del Canal de Arabia más extenso.
El Arabian Canal constituiría la primera fase del paseo marítimo más largo de Dubai.
Armando Santiago (nacido el 18 de junio de 1932) es un compositor, director, educador de música portugués y administrador de la universidad canadiense.
Armando Santiago (nacido el 18 de junio 1932) es un compositor canadiense, director, educador musical y administrador universitario con descendencia portuguesa.
Elysia pusilla es una especie de caracol de mar pequeño, un molusco gasterópodo de la familia Plakobranchidae.
Elysia pusilla es una especie de babosa de mar, un pequeño molusco gasterópodo de la familia Plakobranchidae.
Una semana más tarde, fue trasladado al Policlínico de la misma ciudad, donde se sometió a una operación del corazón y se recuperó de manera favorable.
Una semana más tarde fue transferido al Policlínico de la misma ciudad, donde se recuperó del corazón y fue operado de manera favorable.
El regimiento perdió 1 oficial, 4 fueron capturados o heridos de muerte, 12 hombres heridos y 65 hombres asesinados o desaparecidos.
El regimiento perdió 1 oficial y 4 hombres muertos o heridos de muerte, 1 oficial y 12 hombres heridos, y 1 oficial y 65 hombres capturados o desaparecidos.
Mark Wiseman fue el director general de la Junta de inversiones del Plan de Pensiones de Canadá. Fue reemplazado por Mark Machin en junio de 2016.
Mark Wiseman era el CEO de la Junta de Inversión del Canada Pension Plan, que luego fue reemplazado por Mark Machin en junio de 2016.
Sin embargo, la versión leve fue omitida a favor de la edición original.
La versión original, sin embargo, se omitió para lograr un resultado suave.
Luk o Loke es la romanización china de varios (pero no todos) los apellidos que se romanizan en mandarín como Lu.
Luk o Loke es la latinización cantonesa de varios (pero no todos) apellidos chinos que se latinizaron como Lu en mandarín.
Alrededor de 12 millones de personas vive a lo largo del corredor ferroviario Melbourne -- Sydney.
Alrededor de 12 millones de personas vive sobre el corredor ferroviario Melbourne - Sydney.
El chino mandarín tiene términos discriminatorios y ciertos eufemismos para razas y etnias específicas y algunos agravios raciales para los representantes de diferentes gobiernos y orígenes.
El chino mandarín tiene términos específicos y eufemismos raciales para diferentes razas y etnias, y algunos ataques discriminatorios contra representantes de ciertos gobiernos y orígenes.
Towanda Creek está ubicado en el sudoeste del condado de Bradford (41.655805, -76.850706), en el valle de Canton.
Canton está ubicado en el sudoeste del condado de Bradford en (41.655805, -76.850706), en el valle de Towanda Creek.
Estas tres dinastías maternales gobernaron el reino de Waalo con la familia paternal Mbooj.
Estas tres dinastías paternales gobernaron el reinado de Waalo con la familia materna Mbooj.
Tanto la versión europea como la norteamericana están en idioma inglés.
Tanto la versión estadounidense como la europea están en inglés.
Michael Eric Reid (Sinjin Van Cleef), otro estudiante de Hollywood Arts, se cae en el jacuzzi, cuando falla una máquina de navegación.
Sinjin Van Cleef (Michael Eric Reid), otro estudiante de Hollywood Arts, se cae al jacuzzi cuando falla una máquina de navegación.
Fue la madre de Val, Boris y Rosalind Lorwin. Su hija de convirtió en profesora de psicología.
Se convirtió en la madre de Val, Boris y Rosalind Lorwin, su hija fue profesora de psicología.
Alexander Baumgartner (nacido el 27 de junio de 1841 en St. Gallen, Suiza; fallecido en 1910 en Luxemburgo) fue un poeta y escritor de la historia de la literatura.
Alexander Baumgartner (nacido en St. Gall, Suiza el 27 de junio de 1841; falleció en Luxemburgo en 1910) fue un poeta y escritor en la historia de la literatura.
En el siglo diecinueve la crítica fue más allá: el crítico barroco John Ruskin declaró que la escultura británica no solo era mala, sino que también era moralmente corrupta.
En el siglo 19, la crítica se extendió todavía más: el crítico barroco John Ruskin declaró que la escultura británica no solo era mala, sino que también era moralmente corrupta.
Khedi es una aldea en Bhopal, distrito de Madhya Pradesh, India. Está ubicado en Berasia Tehsil.
Khedi es un pueblo ubicado en el distrito de Berasia de Madhya Pradesh, India. Está ubicado en Bhopal Tehsil.
El Audi V8 compitió durante su presencia en el DTM con el mucho más pequeño y aproximadamente más pequeño Mercedes 190, BMW M3 y un poco más ligero Opel Omega 3000.
Durante su presencia en la DTM, el Audi V8 compitió con un Mercedes 190 mucho más pequeño y algo más ligero, un BMW M3 y un Opel Omega 3000 un poco más pequeño.
También donó USD $34 000 a Mitt Romney y $7000 a Ted Cruz, incluida su campaña presidencial en 2016.
También donó US$ 34 000 a Ted Cruz y US$ 7000 a Mitt Romney, incluso la campaña presidencial de 2016.
Se proporciona transporte aéreo a nivel local a cargo de una aeronave más pequeña en New Bedford, Berkley y el aeropuerto regional en East Taunton.
A nivel local, el transporte aéreo se ofrece con una aeronave más pequeña en East Taunton, Berkley y el aeropuerto regional de New Bedford.
Pero los Red Bulls perdieron en la 1ra ronda de los playoffs.
NS
NS
McNair falleció en 1884 y se jubiló en 1885. Está enterrado en el cementerio Lakewood en Minneapolis.
El reparto está principalmente enfocado en música alternativa y música indie.
El elenco está enfocado principalmente en música indie y música alternativa.
Wright se mudó de Chapel Hill, NC a la Ciudad de Nueva York.
Wright se mudó de Nueva York a Chapel Hill en NC.
Sus límites aproximados eran South Broad Street hasta Grier Avenue y Pearl Street hasta lo que ahora es US 1 & 9.
Sus límites aproximados eran Pearl Street hasta Grier Avenue y South Broad Street hasta lo que es actualmente EE. UU. 1 '9.
Muchos jugadores de la liga mayor pasaron tiempo con el equipo, incluido el veterano de siete años John Kerins y el veterano de diez años Jack Remsen.
Muchos de los jugadores de la liga mayor pasaron tiempo con el equipo, incluidos el veterano de siete años Jack Remsen y el veterano de diez años John Kerins.
Este título fue creado en 1790 para James Grimston, un político de Hertfordshire. Posteriormente fue coronado Conde de Verulam, un título que aún tienen sus descendientes.
El título se creó en 1790 para James Grimston, un político de Hertfordshire, que después se reactivó como Earl of Verulam, un título que siguieron conservando sus descendientes.
Julio es el mes promedio más caliente, enero es el más frío.
Julio es el mes más frío en promedio, el más caluroso es enero.
"La estación fue fundada por British Falkland Islands Dependencies Survey en 1947 como Estación F o ""Islas Argentinas"" en la Isla Winter."
"La estación fue establecida por la denominada Falkland Islands Dependencies Survey británica como Estación F, o ""Islas argentinas"", en la isla Winter en 1947."
Jonas Björkman y Fabrice Santoro ganaron 6-2, 6-4 contra Martin Damm y Radek Štěpánek en la final.
Jonas Björkman y Fabrice Santoro ganaron la final 6 - 2, 6 - 4, contra Martin Damm y Radek Štěpánek.
Abu Halifa de Abu Hulayfah o Abu Huleifa o Abu Haleifah es una pequeña ciudad de Kuwait bajo el gobierno de Al Ahmadi el Distrito Sur de Abu Halifa.
Abu Halifa o Abu Hulayfah o Abu Huleifa o Abu Haleifah es una pequeña ciudad del distrito de Abu Halifa de la gobernación Al Ahmadi en el sur de Kuwait.
El estilo se centra principalmente en música indie y música alternativa.
El Line Up se concentra principalmente en la música indie y la música alternativa.
Luego de la muerte de Felipe II de Austria en 1578, John le permitió elegir su propia residencia.
Después de que muriera Felipe II de Austria en 1578, Juan le permitió que eligiera su propia residencia.
Alabada por Richard Gibson y pintora real de Peter Lely, es considerada tan exitosa como Joan Carlile.
Fue elogiada por Richard Gibson y el pintor de corte Peter Lely y es considerada tan exitosa como Joan Carlile.
Algunos historiadores dicen que la clase dominante de Holanda quería que Holanda se integrara al sistema jurídico flamenco y adoptara las instituciones económicas flamencas.
Algunos historiadores dicen que la clase dominante en Holanda quería que Holanda se integrara al sistema legal flamenco y adoptara las instituciones económicas flamencas.
Apollonia corresponde a la Bulgaria moderna, en Sozopol, y Selymbria es Silivri, en la costa de Mármara.
Apollonia corresponde a la Bulgaria moderna, Sozopol y Selymbria a Silivri, sobre la costa de Marmara.
A menudo la Colpodea es un ciliado con forma de riñón característico en condiciones ricas y orgánicas.
"""Colpoda'', un representante ciliado con forma de riñón, es común en condiciones orgánicas ricas."
Fue hundido en 1943 -- en 1944 por los alemanes y desechado dos veces por los bombarderos aliados y, por último, subido en 1946 -- en 1947.
Los alemanes lo levantaron en 1943 - 1944, y los bombarderos Aliados lo hundieron dos veces. Finalmente, se desguazó en 1946 -- 1947.
Hasta 1991, ofrecía el único escenario público en el condado de Tehama y era el único cine hasta 1993.
Brindó el único escenario en el Condado de Tehama hasta 1991, y fue el único cine hasta 1993.
El parque infantil es moderno con nuevos equipos de gimnasia para niños.
El nuevo patio de juegos está equipado con dispositivos de fitness modernos para los niños.
El dueño de la tierra en ese momento era el Sr. Leslie Vernon Calcutt, quien acordó un arrendamiento por 99 años con el Sr. Johnson.
En ese momento, el propietario del campo era el Sr. Leslie Vernon Calcutt y acordó un alquiler de 99 años con el Sr. Johnson.
Cuando Kangxi (Oboi) tenía dieciséis años, eliminó al traidor, Hawick Lau, y sus aliados.
Cuando Kangxi (Hawick Lau) tenía dieciséis, eliminó al traidor, Oboi, y a sus aliados.
Llyn Dinas es un lago ubicado cerca de Beddgelert, Gwynedd en el norte de Gales. Forma parte del Río Glaslyn.
Llyn Dinas es un lago cerca de Beddgelert, Gwynedd en North Wales y está formado por el río Glaslyn.
Se realizó un evento similar en Albert Park Lake en Melbourne, Australia, patrocinado por Fox FM (Melbourne).
Se realizó también un evento paralelo en el Albert Park Lake de Melbourne, Australia, esponsorizado por Fox FM (Melbourne).
En 1980, el Papa propuso una solución que fue aceptada por Chile y rechazada por Argentina.
El papa propuso una solución aceptada por Chile en 1980 que Argentina rechazó.
En una época tranquila para Trinity, ganó una Copa de Yorkshire (1924-25 contra Batley) y perdió cuatro Copas de Yorkshire.
En un momento tranquilo para Trinity, perdieron solo una Yorkshire Cup (en 1924 -- 25 contra Batley) y ganaron cuatro Yorkshire Cups.
La ciudad universitaria de Azusa de la Universidad de Azusa Pacific está ubicada en el valle San Gabriel, localizado el noreste de Los Ángeles.
El campus de Azusa de la Universidad Azusa Pacific está ubicado en el Valle de San Gabriel, al noreste de Los Ángeles.
Ibn Amira nació en Alzira, provincia de Valencia.
Ibn Amira nació en Alzira, en la provincia de Valencia.
Cuando Jack Nitzsche escuchó por primera vez ``Stubborn Kind of Fellow'', estaba tan emocionado que perdió el control del auto mientras manejaba por Sunset Boulevard con Phil Spector.
"Cuando Phil Spector escuchó por primera vez ""Stubborn Kind of Fellow"", quedó tan emocionado que perdió el control de su automóvil mientras conducía hacia el Sunset Boulevard con Jack Nitzsche."
Es correceptor de la reconocida beca de estudio de Carnegie para Matemáticas junto con Lucas (Martin Hansen).
Junto a Martin Hansen (Lucas) es correceptor de la reconocida beca Carnegie de matemática.
La Dra. Lisa Moya fue superintendente desde el 1 de junio de 2017. El director académico es Marshall Scott III. El director tecnológico es Josh Solis.
Marshall Scott III ha sido el superintendente desde el 1.º de junio de 2017, la directora académica es Lisa Moya, el director tecnológico es Josh Solís.
A principios de 2016, el senador Bob Hackett recibió un nombramiento en el senado de Ohio para reemplazar al senador Chris Widener después de su renuncia.
A comienzos de 2016, el senador Chris Widener fue designado en el Senado de Ohio para suceder a Bob Hackett, que renunció.
La British Falkland Islands Dependencies Survey equipó la estación en 1947 como Base F o ``Winter Island'' en las islas argentinas.
La British Falkland Islands Dependencies Survey estableció la estación como Estación F o ``Winter Island'' en las islas argentinas en 1947.
La manga tiene un videojuego para la Sega Mega Drive en Japón y Asia con el mismo nombre.
El manga tiene un videojuego para Sega Mega Drive en Asia y Japón con el mismo nombre.
Elizabeth Prudden, quien inmigró desde Inglaterra en 1653 a Milford, Connecticut, se casó con Roger Pritchard
Inmigró de Inglaterra a Milford, Connecticut en 1653, Elizabeth Prudden se casó
El río Breaza es un afluente del río Geamărtălui en Rumania.
El Río Geamărtălui es un afluente del Río Breaza de Rumania.
A principios de 2016, el senador Chris Widener fue designado en el Senado de Ohio para suceder al senador Bob Hackett, que renunció.
A principios de 2016, el senador Chris Widener fue nombrado en el Senado de Ohio para suceder al senador Bob Hackett, que renunció.
Sus hojas están dispuestas alternativamente a lo largo de las ramas y tienen forma de lanza, forma de huevo o casi circular y tienen un tallo largo.
Las hojas se acomodan de manera alternada sobre las ramas y tienen forma de lanza, de huevo o casi circulares y tienen un tallo largo.
Una característica mucho más anticipada de una teoría de la gravedad cuántica es que no presentará singularidades u horizontes de eventos y, por lo tanto, los agujeros negros no serían artefactos reales.
Una característica mucho más anticipada de la teoría de la gravedad cuántica es que no tendrá singularidades u horizontes de eventos y, por lo tanto, los agujeros negros no serían artefactos reales.
Una típica estación de vuelo (no de entrenamiento) de la Fuerza Aérea Real tendrá la siguiente estructura basada en alas integradas:
Una estación de entrenamiento típica de la Real Fuerza Aérea (sin volar) tendrá la siguiente estructura integrada en base al ala:
La estación se escuchaba en Suecia, al sur de Finlandia y en partes de Europa del este.
La estación se escuchó en Suecia, al sur de Finlandia y en partes de Europa oriental.
El poema está preservado en cuatro manuscritos fragmentarios, de los cuales uno es contemporáneo.
El poema está guardado en cuatro manuscritos contemporáneos, uno de los cuales es parcial:
En 1937, Huxley se mudó a Hollywood con su esposa Maria, su hijo Matthew Huxley y su novia Gerald Heard.
En 1937, Gerald Heard se mudó a Hollywood con su esposa María, su hijo Huxley y su amigo Matthew Huxley.
Jefe ejecutivo Rene Piccarreto, hijo de Loren Piccarreto, arrestado en 1988 y liberado en 1994.
Jefe en funciones-René Piccarreto-hijo de Loren Piccarreto arrestado en 1988 y liberado en 1994.
Un EP llamado Dido Live con tres de las diecisiete pistas en vivo del DVD se lanzó en formato digital el 21 de junio de 2005 de forma exclusiva en la tienda de iTunes.
Un EP llamado Dido Live con tres de los diecisiete de los temas en vivo en el DVD se lanzó digitalmente de forma exclusiva en iTunes Store el 21 de junio de 2005.
Es conocido de los Estados Unidos (Maine, Oregón, California) y Columbia Británica (Canadá).
Se conoce de los Estados Unidos (Maine, Oregon, California) y Canadá (Columbia Británica).
Un Khap es un clan, o grupo de clanes relacionados, principalmente bajo los Jats del este de Uttar Pradesh y el oeste de Haryana.
Un Khap es un clan, o un grupo de clanes relacionados, principalmente entre los Jats de Uttar Pradesh occidental y al este de Haryana.
"Los primeros tres hoteles se construyeron en Francia, en la década de 1980, seguido por el ""Patio Eilat Resort Hotel"" en Israel."
"Los primeros tres hoteles fueron construidos en Francia en la década de 1980 seguidos por el ""Patio Eilat Resort Hotel'' en Israel."
El Mount DeVoe es una montaña en la isla de Vancouver, Columbia Británica, Canadá, ubicada al sur de Gold River y al sur de Rambler Peak.
Mount DeVoe es una montaña ubicada en la isla de Vancouver, Columbia Británica, Canadá, al sudeste de Gold River y al sur de Rambler Peak.
Poco tiempo después de su activación, la 99 apoyó la Operación Urgent Fury, que reemplazó al régimen estalinista en Granada.
La 99.° apoyó la operación Urgent Fury, que reemplazó el régimen estalinista en Granada poco después de su activación.
En 1972, la familia de mudó a Camp Hill, donde visitó la secundaria Trinity en Harrisburg, Pennsylvania.
En 1972, la familia se mudó a Harrisburg, Pennsylvania, donde visitó la secundaria Trinity en Camp Hill.
Las familias de Albania dejaron el pueblo antes del regreso de los refugiados serbios en 1999.
Antes del regreso de los refugiados serbios en 1999, las familias albanesas abandonaron la ciudad.
A principios de julio, Steve Whitley, el padre criminal de Harper Whitley y Garrett Whitley, y hermano de Benny Cameron.
A principios de julio, Garrett Whitley, el padre criminal de Harper Whitley y de Steve Whitley, y hermano de Benny Cameron.
"Las figuras traseras muestran la segunda probabilidad estimada ""p"" (diabetes = 1 glu)."
"La cifra posterior muestra la segunda probabilidad ""p"" estimada (diabetes = 1 glu)."
Su padre fue el hijo ilegítimo de William Skipwith, un miembro del Parlamento por Lincolnshire, y de Anne Tothby.
Su padre fue el hijo ilegítimo de Anne Tothby, representante de Lincolnshire, y de William Skipwith.
Los guetos de estudiantes más modernos surgieron del aumento en la inscripción postsecundaria, luego de la Segunda Guerra Mundial.
La mayoría de los guetos de los estudiantes modernos surgió de la capacitación post secundaria después de la Segunda Guerra Mundial.
"""Ras"" Abbi Addi avanzó hacia Kassa y se unió con ""Ras"" Seyoum en el centro."
"""Ras"" Abbi Addi avanzó hacia Kassa y se unió a ""Ras"" Seyoum en el centro."
Lo opera la empresa ferroviaria nacional Chemins de Fer Luxembourgeois.
Es operado por la empresa ferroviaria de propiedad estatal Chemins de Fer Luxembourgeois.
Ashte es una aldea en Palghar, distrito de Maharashtra, India. Está ubicada en el Dahanu, Taluka.
Ashte es una aldea en el distrito Dahanu de Maharashtra, India. Está ubicada en Palghar Taluka.
Sus enormes esculturas pueden apreciarse en espacios públicos de Wanaka, desde Nueva Zelanda hasta Kaitaia y muchos lugares entre medio.
Las esculturas grandes se pueden ver en los espacios públicos de Nueva Zelanda, desde Kaitaia hasta Wanaka y varios lugares entre medio.
Mientras el grupo táctico 33d estaba inactivo, se consolidó con el grupo de combate 33d como el grupo de combate táctico 33d.
Mientras que el 33º Grupo Bombardero estaba inactivo, se consolidó como el 33º Grupo Bombardero Táctico con el 33º Grupo Táctico.
Tim Henman ganó la final 6 -- 7, 6 -- 4, 7 -- 6 contra Pete Sampras.
Tim Henman ganó 6 -- 7, 6 -- 4, 7 -- 6 contra Pete Sampras en las finales.
A la edad de diecinueve se mudó a New York y en 2011 a Estocolmo.
Se mudó a Estocolmo a los 19 años y se volvió a mudar a Nueva York en 2011.
Barshi es un dique terrestre en el río local cerca del dique Pathari, en el distrito de Solapur en el estado de Maharashtra en India.
Barshi es una presa de tierra del río local cercano a Pathari Dam, distrito de Solapur en el estado de Maharashtra en India.
Pero los Red Bulls perdieron la primera ronda de las eliminatorias.
Los Red Bulls perdieron, pero ganaron la 1era ronda de las eliminatorias.
En Joseon, el diseño se utilizó para representar al daoísmo en Corea y para expresar la esperanza de armonía del yin y el yang.
El proyecto se utilizó en Joseon para representar el daoísmo en Corea y expresa la esperanza de armonía del Yin y el Yang.
En 1924 fue orador invitado del ICM en Toronto, en Oslo en 1932 y en 1936 en Zurich.
Fue un portavoz invitado para el ICM en Toronto en 1924, en Zúrich en 1932 y en Oslo en 1936.
Las especies integran grupos ecológicos variados, incluidos los arbustos, las lianas y los árboles, las plantas xerófitas, micoheterotrofia y también los representantes herbáceos.
Las especies son miembros de diferentes grupos ecológicos, incluidos los matorrales xerófilos, lianas y árboles, plantas tropicales, micoheterotrofia, además de varios representantes herbarios.
Sin embargo, para convertirse en eslovaco, Derek debe derrotar a un asesino vampiro.
Sin embargo, para poder derrotar a Slovak, Derek debe convertirse en un asesino de vampiros.
La banda formada en 1999 en Dunwoody, Georgia luego de que el guitarrista Cole Alexander y el bajista Jared Swilley dejaran The Renegades y de que el guitarrista Ben Everbaugh dejara The Reruns.
La banda se fundó en Dunwoody, Georgia en 1999, después de que el guitarrista Cole Alexander y el bajista Jared Swilley abandonaron Renegades y el guitarrista Ben Eberbaugh abandonó Reruns.
"""gravityWall'' se utilizó como segundo motivo de apertura para la serie de televisión Anime, mientras que ""sh0ut'' se utilizó como primer motivo de apertura."
``gravityWall'' se utilizó como el primer tema de apertura para las series de TV Anime'', mientras que ``sh0ut'' se utilizó como el segundo tema de apertura.
La condición 1 implica que las funciones sean lisas y definidas globalmente, y la condición 2 significa que la energía cinética de la solución está globalmente limitada.
La condición 1 implica que las funciones son fluidas y están definidas globalmente, y la condición 2 significa que la energía cinética de la solución está globalmente limitada.
La canción es una serie de notas repetitivas y encadenadas de algún modo.
La canción es una concatenación y de alguna manera una serie repetitiva de notas.
Era el único escenario público en el Condado de Tehama hasta 1991 y hasta 1993 fue el único cine.
Hasta 1991, fue el único escenario en el condado de Tehama, y hasta 1993 fue el único cine público.
Aunque los finales del juego de Xiangqi requieren una habilidad notable para jugarlos bien, hay una cantidad de victorias y empates de libros bien conocidos.
A pesar de Xiangqi, las finales requieren una habilidad increíble para que se puedan jugar bien, hay una cantidad de libros de victorias o empates ampliamente conocidas.
La temporada 2008-09 de Colorado Avalanche fue la 37ma temporada de la franquicia, 14ta en la Liga Nacional de Hockey y 30ma como Colorado Avalanche.
La temporada de 2008 - 09 para Colorado Avalanche fue la 37.° temporada de la franquicia, la 30.° en la liga nacional de hockey y la 14.° como Colorado Avalanche.
Jugó en Escocia al principio de su carrera, pero se mudó a Australia para jugar en la Victorian State League con Frankston City.
Jugó en Escocia al principio de su carrera, pero se mudó a Australia para jugar para Frankston City en la Victorian State League.
Fue adquirido por Robert Curzon en 1834 en el monasterio de Saba y fue visto en 1883 por C. R. Gregory.
Robert Curzon lo compró en 1834 en el monasterio de Saba. C. R. Gregory lo vio en 1883.
El río Horezu es un afluente del río Ponoru en Rumania.
El río Horezu es un afluente del río Ponoru en Rumania.
"43 personas fueron salvadas; 40 en botes salvavidas y tres fueron rescatadas por ""Delaware''."
"43 personas se salvaron, 40 fueron rescatadas en los botes salvavidas y tres por el ""Delaware''."
Estuvo casado con Elisabeth Young (1854-1932) y era el padre del magnate marítimo N. O. Young Fearnley y del terrateniente Thomas Fearnley.
Se casó con Elisabeth Young (1854 - 1932) y fue el padre del magnate de navegación Thomas Fearnley y del terrateniente N. O. Young Fearnley.
Stretch roba la cocaína de una estrella de televisión de un reality, que luego obtiene una limusina.
Stretch roba la cocaína de una estrella de un reality show de la televisión, quién luego obtiene la limusina.
Mientras la exclusión de los jugadores negros no era una regla escrita, desde 1933 ningún jugador afroamericano había jugado en la Liga Nacional de Fútbol.
Aunque la exclusión de los jugadores africanos no era una regla escrita, no había jugado ningún jugador estadounidense negro en la Liga Nacional de Fútbol Americano desde 1933.
"Donde la estrella denota el grupo algebraico doble. Además, cuando ""G"" es finito, hay un isomorfismo no natural."
"Donde la estrella llama al grupo dual algebraico, hay un isomorfismo no natural cuando ""G'' es finita."
Mount DeVoe es una montaña de la Isla de Vancouver, Columbia Británica, Canadá, ubicada al sudeste de Rambler Peak y al sur de Gold River.
Mount DeVoe es una montaña ubicada en la isla de Vancouver, Columbia Británica, Canadá, al sudeste de Gold River y al sur del Rambler Peak.
El río Jidanul es un afluente del río Jiul de Vest en Rumania.
El Río Jidanul es un afluente del Río Jiul de Vest, Rumania.
Colonia Yamato, California era una comunidad agricultora japonesa ubicada en Livingston, California.
California era una comunidad agrícola japonesa en Livingston, Yamato Colony, California.
Holmes describió a Moriarty de la siguiente manera:
Moriarty describió a Holmes como sigue:
Diboll y G. A. Chamblin de Nueva Orleans fueron los arquitectos y Owen de Mobile fue el contratista.
Los arquitectos fueron Diboll y Owen de Nueva Orleans, y el contratista fue G.A. Chamblin de Mobile.
Sahib Khan nació en la familia Tiwana de Shahour, hijo de Ahmad Yar Khan.
Ahmad Yar Khan nació en el seno de la familia Tiwana de Shahpur, hijo de Sahib Khan.
Esta reserva siempre fue reconocida por el gobierno de Su Majestad como el Valiato de Jerusalén y el sanjacado independiente de Beirut.
Esta reserva siempre fue considerada por el Gobierno de Su Majestad como cobertura del valiato de Beirut y la Sanjak independiente de Jerusalén.
Con Terry como Ofelia y Portia dio vida a ``Hamlet'' y produjo ``El mercader de Venecia'' (1879).
Con Terry como Ofelia y Portia, produjo ``Hamlet'' y revivió ``El mercader de Venecia'' (1879).
Están superpuestos con escasa música orquestal en vivo y consisten en sonidos vagos, casi deliberadamente descoloridos.
Están superpuestos con escasa música orquestal tocada en vivo, y consisten en vagos sonidos casi deliberadamente descoloridos.
Los pasajeros del avión eran el teniente coronel Donald Grant Millard, el capitán Gerald K. Hannaford y el capitán John F. Lorraine.
Los ocupantes del avión eran el coronel Gerald K. Hannaford, el capitán Donald Grant Millard y el capitán John F. Lorraine.
Esta es una lista de conflictos históricos en que participaron las fuerzas armadas húngaras o que tuvieron lugar en el territorio militar de Hungría.
Esta es una lista de los conflictos militares en los que participaron las fuerzas armadas húngaras o que tuvieron lugar en el territorio histórico de Hungría.
"""GravityWall'' se usó como el primer tema de apertura para las series animadas de televisión"", mientras que ""sh0ut'' se usó como el segundo tema de apertura."
``gravityWall'' se utilizó como segundo tema de apertura para la serie de televisión de Anime, mientras que ``sh0ut'' se utilizó como primer tema de apertura.
El río Hudeasa es un afluente del río Bradu de Rumania.
El río Bradu es un afluente del río Hudeasa en Romania.
El edificio principal de Houston (HMB) antes conocido como el edificio Prudential era un rascacielos en el Centro Médico de Texas en Houston, Texas.
El edificio principal de Houston (HMB), antes el edificio Prudential, era un rascacielos en el Centro Médico de Texas, Houston, Texas.
El autor de Manchester Mick Middles escribió una biografía de Chris Sievey, que se publicó en noviembre de 2014.
Una biografía de Mick Middles fue escrita por el autor de Manchester Chris Sievey y se lanzó en noviembre de 2014.
El histórico estadio Rubber Bowl fue utilizado por la Guardia Nacional de los Estados Unidos como base durante los disturbios racistas de Wooster Avenue en 1968.
La Guardia Nacional de los Estados Unidos utilizó el race rubber dish como base durante los históricos disturbios de Wooster Avenue de 1968.
Más tarde se lanzó para ser confirmado como single para el álbum el 15 de octubre en el Reino Unido, y el 23 de octubre en los EE. UU.
Más tarde se lanzó para ser confirmado como single para el álbum el 15 de octubre en el Reino Unido y el 23 de octubre en los EE. UU.
Eugene D. Engley nació el 5 de abril de 1851 en Attleborough, Massachusetts, hijo de James Henry Engley y su esposa, anteriormente Mary Kaley.
Eugene D. Engley nació el 5 de abril de 1851 en Attleborough, Massachusetts, hijo de James Henry Engley y su esposa, la ex Mary Kaley.
Rory Jennings, que interpreta a Tommy Connolly, interpreta al adolescente Davros en Big Finish Productions.
Tommy Connolly, que interpreta a Rory Jennings, representa al joven Davros en Big Finish Productions.
La biografía ahora se ha publicado en Gran Bretaña, EE. UU. (San Martín 2013), Hungría (Swiat Ksiazki, 2013), Polonia y China.
La biografía se ha publicado en Reino Unido, Estados Unidos (St Martin's 2013), Polonia (Swiat Ksiazki, 2013), Hungría y China.
Propilidium pelseneeri es una especie de caracol de mar, una verdadera lapa, un verdadero molusco gasterópodo de la familia Lepetidae, una de las familias de lapas marinas.
Propilidium pelseneeri es una especie de caracol de mar, una verdadera lapa, un molusco gasterópodo marino de la familia Lepetidae, una de las familias de verdaderas lapas.
y en la década de 1870 reemplazó sitomania por el término ``anorexia nerviosa'' y diferenció el trastorno
Sitomanía y la década de 1870 difería con el término ``Anorexia nerviosa'' y reemplazó el trastorno.
El Colegio Humboldt Puebla fue fundado en 1911 con 10 estudiantes alemanes y un maestro de escuela primaria.
El Colegio Humboldt Puebla fue fundado con 10 estudiantes alemanes y un maestro de primaria en 1911.
Fue creado con la redistribución de 1972 y reemplazó al erradicado Toowoomba del este.
Fue abolido con la redistribución de 1972 y reemplazó el Toowoomba East creado.
"Gunnar Hansen comentó: ""La razón por la que usaba una máscara, de acuerdo con Tobe y Kim, era que la máscara realmente determinaba su personalidad."
Gunnar Hansen comentó: ``La razón por la que usaba una máscara, de acuerdo con Tobe y Kim, era que la máscara realmente determinaba su personalidad.
También escribió un gran número de arreglos orquestales y acompañamientos vocales para variedades.
También escribió un gran número de arreglos vocales y acompañamientos orquestales para las variantes.
NS
NS
Adamsville está rodeada al oeste por Coleman, al este de Sumterville, al norte por Wildwood y al sur por Lake County.
Adamsville está rodeado al oeste por Coleman, al este por Lake County, al norte por Wildwood y al sur por Sumterville.
Los vegetales de hojas verdes y tubérculos por lo general no se cultivaban, y crecían de manera silvestre según la estación.
Las plantas de hojas verdes y las plantas con raíces en general no se cultivaban y crecían en conjunto por temporada cuando se encontraban en el entorno silvestre.
"Una luz ""detenida"", en el contexto de un medio EIT, hace referencia a la transferencia ""cuántica"" de fotones al sistema coherente y su regreso."
"La luz de ""detenido"" se refiere en el contexto de un medio de EIT para la trasmisión ""cuántica"" de fotones hacia el sistema coherente y de regreso."
Melodie Crittenden abandonó el grupo en 2004 para iniciar su carrera solista, y durante la mayor parte de 2005 Nicol cantó con el grupo.
Nicol dejó el grupo en 2004 para seguir una carrera como solista y en la mayor parte del 2005 Melodie Crittenden cantó con el grupo.
Para la fórmula 18 de función medible fija, la fórmula 19 es una variable media con fórmula 20 aleatoria y fórmula de varianza 21.
Para una función cuantificable fija, fórmula _ 18, fórmula _ 19 es una variable media con fórmula _ 20 aleatoria y fórmula _ 21 de variación.
Nacido en Brooklyn, New York, murió en Tiburón, California.
Nació en Tiburón, California, y falleció en Brooklyn, Nueva York.
Pennmakkal es una película malayo-india de 1966 dirigida por J. Sasikumar, producida por KP Kottarakkara.
Pennmakkal es una película indio-malaya de 1966, producida por J. Sasikumar y dirigida por KP Kottarakkara.
Los Giants cayeron ante Chicago Bears 27 a 21 y estuvieron por primera vez desde 1976 en 0 a 6.
Los Giants cayeron ante los Chicago Bears por 27--21, y quedaron 0--6 por primera vez desde 1976.
Apareció por primera vez el 5 de marzo de 2010 y apareció por última vez el 14 de mayo de 2010.
La última vez que apareció fue el 5 de marzo de 2010 y la primera vez el 14 de mayo de 2010.
Andrew McLennan, nacido Andrew Snoid, es un músico, cantante y compositor de Nueva Zelanda.
Andrew McLennan Andrew Snoid es un músico, compositor y cantante de Nueva Zelanda.
La primera pista, ``Every Morning'' es la versión acústica de guitarra de la última pista ``Morning''.
La primera canción Every Morning ` es la versión acústica en guitarra de la última canción ''Morning``.
Luego de la invasión de Polonia de 1939 por parte de la Alemania nazi y la Unión Soviética, Osterwa estuvo activo en la educación clandestina, pero también se enfermó.
Luego de la invasión de Polonia por la Alemania nazi y la Unión Soviética en 1939, Osterwa estuvo activo en la educación clandestina, pero también se enfermó.
Hasta que aparecieron las tecnologías de video electrónico y digital, la producción en masa de películas pornográficas estaba atadas directamente a la corriente principal de la industria cinematográfica.
La producción masiva de películas digitales y electrónicas se relacionó directamente con la industria cinematográfica general hasta el surgimiento de la tecnología de videos pornográficos.
Hoppkorv fue el séptimo álbum de la banda de rock y blues estadounidense Hot Tuna, y su último álbum de estudio se grabó como Grunt BFL1-1920 para Grunt Records.
Hoppkorv fue el séptimo álbum de la banda de blues y rock Hot Tuna, y su último álbum de estudio se grabó para Grunt Records, como Grunt BFL1-1920.
La secretaría de división de Katuwana es una secretaría de división del sur de la provincia del distrito de Hambantota, Sri Lanka.
La Secretaría de división de Katuwana es una Secretaría de división del distrito de Hambantota, de la provincia del sur, Sri Lanka.
Después de 2014, más ucranianos del este de Ucrania, mayoritariamente varones y jóvenes ucranianos estuvieron trabajando en Polonia.
Después de 2014, más ucranianos del este de Ucrania, más hombres jóvenes y más ucranianos trabajaban en Polonia.
Enkor se fusionó con Siberian Airlines en 2001.
En 2001, la Siberian Airlines se fusionó con Enkor.
Trabajó en Ginebra durante la Primera Guerra Mundial, donde estudió con Willi Münzenberg.
Durante la Primera Guerra Mundial, estudió en Ginebra, donde estuvo trabajando con Willi Münzenberg.
"La primera pista, ""Every Morning'', es la versión de guitarra acústica de la última pista, ""Morning""."
"El primer sencillo, ""Every Morning'' es la versión acústica de la última versión de guitarra de ""Morning''."
Erginus galkini es una especie de caracol de mar, una lapa auténtica, un molusco marino gasterópodo de la familia de los Lottiidae, una de las familias de lapas auténticas.
Erginus galkini es una especie de caracol de mar, una verdadera lapa, un verdadero molusco gasterópodo de la familia Lottiidae, una de las familias de lapas marinas.
"""Lupinus bicolor"" tiene un tallo corto y velloso y hojas finas y palmeadas."
"La ""Lupinus bicolor"" tiene un tallo delgado y hojas cortas, peludas, como de palmera."
El siguiente lanzamiento fue creado en 1986 por el hermano de Robert Fuller, Ron.
La siguiente versión fue creada por el hermano de Ron, Robert Fuller, en 1986.
Gabriel Medina (BRA) ganó el torneo y derrotó a Joel Parkinson (AUS) en la final.
El torneo fue ganado por Joel Parkinson (BRA), quien venció en la final a Gabriel Medina (AUS).
De la empresa de su familia Divine Foods, el 85 % del Dali Foods Group le pertenece a su esposa Xu Shihui y a su hija, Xu Yangyang.
Xu Shihui, su esposa Chen Liling y su hija Xu Yangyang tenían su empresa familiar Divine Foods 85 % del grupo Dali Foods Group.
Elizabeth Elizabeth Prudden, inmigró desde Inglaterra a Milford en 1653, Connecticut, se casó con Roger Pritchard
Roger Pritchard, emigrado desde Inglaterra en 1653 a Milford, Connecticut, se casó con Elizabeth Prudden.
Esta categoría corresponde a los jugadores de fútbol que en la actualidad juegan o jugaron en una de las ligas no israelíes.
Esta categoría es para jugadores de fútbol que no sean israelitas que actualmente juegan o que han jugado en alguna de las ligas israelitas.
Vermont limita al norte con Mitcham, al oeste con Nunawading y Forest Hill, al sur con Vermont y al este con Wantirna y Ringwood.
Vermont limita con Mitcham al norte, con Nunawading y Forest Hills al oeste, con Vermont South al sur y con Wantirna y Ringwood al este.
Comenzó su carrera en la liga de fútbol con Scunthorpe United antes de unirse al Sheffield United en la cuarta división en junio de 1961.
Comenzó su carrera en la liga de fútbol con Sheffield United antes de unirse a Scunthorpe United de la cuarta división en junio de 1961.
Mientras que el 33.° Grupo Táctico estaba inactivo, se unificó con el 33.° Grupo de Combate como el 33.° Grupo de Combate Táctico.
Si bien el grupo de combate 33d estaba inactivo, se fusionó con el grupo táctico 33d como el grupo de combate táctico 33d.
El río Valea Sterminoasă es un afluente del río Boia Micăa en Rumania.
El río Boia Mică es un afluente del río Valea Sterminoasă en Rumania.
Luego se mudó a Suiza y más tarde a Italia, donde se encontró con Shelley y con Byron.
Luego se mudó a Suiza y más tarde a Italia, donde conoció a Shelley y Byron.
En 1955, la comunidad anglicana se fusionó con otra y la Iglesia de la Santa Trinidad en Prince Consort Road se convirtió en un nuevo templo parroquial.
En 1955 la nueva parroquia se fusionó con otra y la Iglesia de la Santa Trinidad en Prince Consort Road se convirtió en una iglesia anglicana.
El arzobispo Seóighe fue consagrado el 16 de mayo de 1485 y designado en 1487, murió el 20 o el 28 de diciembre de 1501.
El arzobispo Seóighe fue consagrado el 16 de mayo de 1485 y designado en 1487. Murió el 20 o el 28 de diciembre de 1501.
El hermano más joven de Tim Tim, Tod Leiweke, actualmente es el director operativo de la Liga Nacional de Fútbol Americano desde 2015.
El hermano menor de Tim, Tod Leiweke, es actualmente el director de operaciones de la Liga Nacional de Fútbol Americano desde 2015.
Quedan dos ligas pequeñas independientes con solo un puñado de miembros: la Liga Highland Alliance y la Liga Grampian Alliance.
Siguen existiendo dos pequeñas ligas independientes con solo un puñado de miembros: la Grampian Alliance League y la Highland Alliance League.
En 2012, la ciudad se dio vuelta, y ganó el titular demócrata Barack Obama, que sacó el 51 % de los votos contra el republicano Mitt Romney con el 48 %.
En 2012, el distrito cambió y ganó el jefe del partido republicano Mitt Romney, quien obtuvo el 51% de los votos en comparación con el demócrata Barack Obama que obtuvo el 48%.
El pionero estadounidense John Sutter (1803-1880) llegó a Alta California con otros colonos eurosuizos en agosto de 1839.
El pionero americano John Sutter (1803-1880) llegó en agosto de 1839 junto con otros pobladores euro-suizos a Alta California.
Con una cotización primaria de acciones en la Bolsa de Comercio Nigeriana, es la primera compañía africana que tiene acciones transfronterizas en la Bolsa de Comercio de Johannesburgo.
Con una cotización principal en la bolsa de valores nigeriana, es la primera compañía africana en tener una cotización interna transfronteriza en la bolsa de valores de Johannesburgo.
Sher Ahmed Akhundzada (también conocido como Sher Mohammed Akhundzada) es un líder tribal que fue gobernador de Helmand en Afganistán entre 2001 y 2005.
Sher Mohammed Akhundzada (también conocido como Sher Ahmed Akhundzada) es un líder tribal que desde el 2001 hasta el 2005 fue gobernador de Helmand en Afganistán.
Fue el primo del jugador nacional checo Jaroslav Hlinka e hijo del exjugador Miroslav Hlinka sr.
Era el primo del jugador del equipo nacional checo Miroslav Hlinka y el hijo del antiguo jugador Jaroslav Hlinka sr.
Aunque el 33.º Grupo de Combate estaba inactivo, se fusionó con el 33.º Grupo Táctico como el 33.º Grupo de Combate Táctico.
Aunque el Cuerpo Táctico 33.º estaba inactivo, se fusionó con el Cuerpo de Combate 33.º como Cuerpo de Combate Táctico 33.º.
La Copa de la UEFA de 1973-74 la ganó Tottenham Hotspur a Feyenoord Rotterdam 4 -2 en el marcador general.
La Copa UEFA de 1973-74 la ganó Feyenoord Rotterdam en Tottenham Hotspur 4 a 2.
Jugó con los Portland Sea Dogs de clase A y con los Kane County Cougars de clase AA en 1993.
El 1993, jugó con Kane County Cougars de Nivel A y AA Portland Sea Dogs.
Su padre fue el hijo ilegítimo de William Skipwith, un miembro del Parlamento de Lincolnshire, y Anne Tothby.
Su padre fue el hijo ilegítimo de Anne Tothby, integrante del Parlamento de Lincolnshire, y de William Skipwith.
"Donde ""e"" representa la carga eléctrica de la partícula y A el potencial del vector magnético del campo electromagnético."
"Donde ""e"" es la carga electromagnética de la partícula y A es el potencial eléctrico del vector del campo electromagnético."
En las hojas, los conjuntos esponjosos están ubicados entre el mesófilo vascular.
Los haces vasculares entre el mesófilo esponjoso están ubicados en las hojas.
La canción fue escrita y producida por Gala, compuesta por Filippo Andrea Carmeni y Maurizio Molella.
La gala escribió y compuso la canción, y la produjeron Filippo Andrea Carmeni y Maurizio Molella.
Las plataformas de pc1000 y pc1500 se describieron en 2006, utilizando los procesadores VIA C3. La pc3500 se introdujo en agosto de 2007 utilizando el VIA C7.
Las plataformas pc1000 y pc1500 se describieron en 2006 con los procesadores VIA C3, y la pc3500 fue presentada en agosto de 2007 con el VIA C7.
El grupo tocó mucho y se hizo famoso en Israel, e incluso hizo una gira en 2007 en la ciudad de Nueva York.
El grupo hizo importantes giras y se volvió famoso en Israel e incluso tocó en la ciudad de Nueva York en 2007.
"Los desarrolló CyberConnect2 y los publicó Namco Bandai empezando con ""Naruto : Ultimate Ninja'' en 2005."
"Fueron desarrollados por Namco Bandai y publicados por CyberConnect2, desde ""Naruto: Ultimate Ninja"" en 2005."
El 19 de diciembre de 2014, Marlins Eovaldi, Garrett Jones y Domingo Germán intercambiaron con los New York Yankees por Martín Prado y David Phelps.
El 19 de diciembre de 2014, los Marlins intercambiaron a Eovaldi, Garrett Jones y Domingo Germán a los New York Yankees por Martín Prado y David Phelps.
Era el único escenario en el condado de Tehama hasta 1991 y proporcionó el único cine público hasta 1993.
Hasta 1991, era el único escenario en el condado de Tehama y hasta 1993 ofrecía el único cine público.
Es endémico de Hawái, donde ahora está limitado a la isla de Hawái y se ha extirpado de Kauai y Maui.
Es endémico en Hawái, donde ahora se limita a la isla de Hawái y fue exterminado por Kauai y Maui.
Ashte es un pueblo en el distrito Palghar de Maharashtra, India. Está ubicado en Dahanu taluka.
Ashte es una aldea en Dahanu - distrito de Maharashtra, India. Está ubicada en Palghar Taluka.
En 1977, Rob Taylor viajó a Escocia y a Noruega con Barber para escalar las cataratas.
En 1977, Barber viajó con Rob Taylor a Escocia y Noruega para escalar las cascadas.
La serie televisiva italiana AleX fue escrita por Alfredo Castelli, Guglielmo Duccoli y Giorgio Schottler y producida por Videotime.
AleX es una serie de televisión italiana. La serie fue producida por Giorgio Schottler, Guglielmo Duccoli y Alfredo Castelli, y escrita por Videotime.
Lograron cierto éxito, espectáculos en vivo en Melbourne, Geelong y Shepparton.
Tuvieron éxito en sus presentaciones en vivo en Melbourne, Geelong y Shepparton.
Lo reemplazaron en sucesivos golpes Murtala Mohammed (1975) y Olusegun Obasanjo (1976).
Fue reemplazado por Murtala Mohammed (en 1975) y por Olusegun Obasanjo (en 1976) en sucesivos golpes.
Un evento hermano se llevó a cabo en Albert Park Lake en Melbourne y fue patrocinado por Fox FM (Melbourne, Australia).
Se celebró un evento hermano en Albert Park Lake en Melbourne, Australia y fue patrocinado por Fox FM (Melbourne).
Lo capturaron después de que Nueva Orleans se hundió y en 1868 lo vendieron como chatarra.
Se hundió luego de la captura de New Orleans y fue vendido como chatarra en 1868.
La biografía se ha publicado en Gran Bretaña, EE. UU. (St Martin, 2013), Polonia (Swiat Ksiazki, 2013), Hungría y China.
La biografía ha sido actualmente publicada en Gran Bretaña, los EE. UU. (St Martins 2013), Polonia (Swiat Ksiazki, 2013), Hungría y China.
Emily Ann Lloyd (nacida con el nombre Emily Ann Morelli el 27 de marzo de 1984) es una actriz estadounidense.
Emily Ann Lloyd (nacida como Emily Ann Morelli el 27 de marzo de 1984) es una actriz norteamericana.
La excepción fue entre finales de 2005 y 2009, cuando jugó en el Carlstad United BK en Suecia, en Serbia en el FK Borac Čačak y en el TC Terek Grozny ruso.
La excepción fue entre fines del 2005 y 2009, cuando jugó en Suecia en el Carlstad United BK, en Serbia en el FC Terek Grozny y en el FK Borac Čačak ruso.
En 2006, el juez Dee D. Drell declaró las escuelas de la parroquia de Parish racialmente coherentes y cerró el litigio de largo plazo.
En 2006, el juez Dee D. Drell declaró las escuelas de la Parroquia de Rapides finalmente unitarias y cerró racialmente el litigio de largo plazo.
La British Falkland Islands Dependencies Survey fundó la base en 1947 como Base F o ''Winter Island en las islas argentinas.
La Encuesta de Dependencias de las Islas Malvinas estableció la base como Base F, o ``Isla de invierno'', en las islas argentinas en 1947.
El año más seco fue 1983 y el año más húmedo fue 1976.
El año más húmedo fue 1983 y el año más seco fue 1976.
La primera sección, desde Hokitika hasta Ruatapu, se terminó el 9 de noviembre de 1906, y el 1 de abril de 1909 se inauguró la línea completa sobre Ross.
La primera parte, desde Hokitika hasta Ruatapu, se completó el 9 de noviembre de 1906 y la línea completa hasta Ross se abrió el 1.° de abril de 1909.
La serie de televisión italiana AleX estaba producida por Giorgio Schottler, Guglielmo Duccoli y Alfredo Castelli, escrita por videotime.
AleX es una serie de televisión italiana. La serie fue escrita por Alfredo Castelli, Guglielmo Duccoli y Giorgio Schottler, y producida por Videotime.
Después del tratamiento médico, Strozzi comenzó a tomar clases privadas de actuación con Josip Freudenreich, como se lo había recomendado Dimitrija Demeter.
Cai Mao también tuvo un hijo, Cai Feng.
Cai Feng también tuvo un hijo, Cai Mao.
En 1328, Mary se casó con el rey Alfonso XI, que le dio Guadalajara, Talavera de la Reina y Olmedo como parte del Legado del rey Alfonso.
En 1328, Maria se casó con el Rey Alfonso XI. Como parte de la dote, el Rey Alfonso le dio Guadalajara, Talavera de la Reina y Olmedo.
Falleció en Milwaukee, Wisconsin, donde se jubiló el 5 de mayo de 1903.
Se retiró a Wisconsin, Milwaukee, donde falleció el 5 de mayo de 1903.
David Godwin cuenta con Emma Townshend como representante en la DGA Associates.
David Godwin es representado por Emma Townshend de DGA Associates.
El Cross Bronx Westbound recibe al Tremont Park al sur de la Third Avenue, salida 3.
Hacia el sur de Tremont Park, la Cross Bronx en sentido oeste funciona como salida 3, que sirve a la Third Avenue.
Mount DeVoe es una montaña en la isla Vancouver, de Columbia Británica, Canadá, ubicada al sudeste de Gold River y al sur de Rambler Peak.
El monte DeVoe es una montaña en la isla Vancouver, Columbia Británica, Canadá, al sudeste de Rambler Peak y al sur de Gold River.
Vermont South limita al norte con Mitcham, al oeste con Nunawading y Forest Hill, al sur con Vermont y al este con Wantirna y Ringwood.
Vermont limita con Mitcham al norte, Nunawading y Forest Hill al oeste, Vermont South al sur y Wantirna y Ringwood al este.
La siguiente tabla compara el desempeño de LOD - procesamiento posible y un método bruto-detalle (fuerza completa).
La siguiente tabla compara el desempeño de LOD aware rendering y un método de detalle bruto (fuerza total).
La fundación New Ways to Work fue fundada en 1972 y es una organización sin fines de lucro financiada por el Área de la Bahía de San Francisco.
En 1972, se fundó New Ways to Work Foundation, una organización sin fines de lucro fundada en el área de la Bahía de San Francisco.
El museo está centralmente ubicado en Jiangbeizui CBD, cerca de la confluencia del río Jialing y el río Yangtze.
El museo está ubicado en el centro en Jiangbeizui CBD, cerca de la convergencia del río Jialing y el río Yangtze.
``Acoustic and Live: Pure'' fue lanzada a principios del 2003.
``Acoustic and Pure: Live'' fue lanzado a principios de 2003.
El Porte de Vincennes está ubicado en la interjección entre la esquina sudeste del 20vo distrito y la esquina noreste del 12vo distrito de París.
El Porte de Vincennes está ubicado en la interjección entre la esquina noreste del 12vo distrito y la esquina sudeste del 20vo distrito de París.
El 9 de agosto, Andy Burnham fue seleccionado con el 51,1 % de los votos. Lloyd se ubicó segundo con el 29,1 %.
Lloyd fue elegido el 9 de agosto con 51,1 % de los votos, Andy Burnham segundo con el 29,1 %.
El Prudential Building (HMB) anteriormente llamado Houston Main Building, era un rascacielos en el Centro Médico de Texas, Houston, Texas.
El Houston Main Building (HMB), antes conocido como Prudential Building, era un rascacielos en el Centro Médico de Texas en Houston, Texas.
La reordenación es la ordenación original de un clérigo cuya segunda ordenación es cuestionable.
La regulación es la segunda ordenación de un clérigo cuya ordenación original es cuestionable.
Fue nombrado abogado denunciante en 1824 por el Condado de Williams, en 1826 por el Condado de Seneca y en 1827 por el Condado de Sandusky.
Fue nombrado fiscal por el condado de Williams en 1824, para el condado de Seneca en 1826 y para el condado de Sandusky en 1827.
Heinz Kohut vio el sí mismo normal como una fijación en una fase grandiosa de la infancia, mientras que otros posfreudianos estudiaron el rol de la fijación en la agresividad y la delincuencia.
Heinz Kohut veía al yo normal como una fijación exagerada de la niñez, mientras que otros posfreudianos exploraron el rol de la fijación en la agresión y la criminalidad.
Ethenon tiende a polimerizar espontáneamente, el contacto con el peróxido de hidrógeno lleva a una reacción explosiva y puede formar una mezcla explosiva con el aire.
La etenona tiende a formarse espontáneamente. El contacto con el peróxido de hidrógeno genera una reacción explosiva. Puede polimerizar una mezcla explosiva con aire.
En 1937, Donald se transformó en el copropietario del equipo de béisbol de Toronto Maple Leafs, su hijo Ross se convirtió en el presidente del club.
En 1937, Donald se convirtió en copropietario del equipo de béisbol Toronto Maple Leafs. Su hijo Ross pasó a ser su presidente.
La educación en Alabama está compuesta por escuelas públicas y privadas de Alabama, incluida la Universidad de Alabama, universidades y escuelas secundarias y primarias privadas.
La educación en Alabama se compone de escuelas secundarias y escuelas primarias en Alabama, incluso la Universidad de Alabama, universidades privadas y escuelas públicas y privadas.
Roger Pritchard, que inmigró desde Inglaterra a Milford, Connecticut en 1653; se casó con Elizabeth Prudden
Elizabeth Prudden inmigró de Inglaterra a Milford, Connecticut en 1653, y se casó con
"El biógrafo más reciente de David I. Walsh escribió que ""La campaña para destruir a Walsh funcionó porque no se podía defender a él mismo... David I. Walsh era homosexual""."
"El reciente biógrafo de David I. Walsh escribe: ""La campaña para destruir a Walsh funcionó porque no pudo defenderse a sí mismo... David I. Walsh era gay."
William Williams, conocido como Llewelyn Williams (10 de marzo de 1867 - 22 de abril de 1922), fue un periodista radical, abogado y político del Partido Liberal Galés.
William Llewelyn Williams conocido como Llewelyn Williams (10 de marzo de 1867-22 de abril de 1922) fue un periodista radical, abogado y político del partido liberal galés.
Battlepug es un cómic web de Mike Norton, escrito por Allen Passalaqua, escrito e ilustrado por Chris Crank.
Battlepug es un webcómic coloreado por Mike Norton, leído por Allen Passalaqua y escrito e ilustrado por Chris Crank.
Como recompensa por su lealtad a Enrique, adquirió tierras lucrativas y muchos cargos en Gales del Sur.
Como recompensa por su lealtad a Enrique, adquirió muchas tierras y funciones lucrativas en Gales del Sur.
Nvidia anunció oficialmente a NVIDIA TITAN V el 7 de diciembre de 2017.
NVIDIA anunció oficialmente el Nvidia TITAN V el 7 de diciembre de 2017.
Las sugerencias de Met para ampliar desde Paddington hasta South Kensington y al este desde Moorgate hasta Tower Hill hacia el sur fueron aceptadas, y recibieron un permiso real el 29 de julio de 1864.
Las propuestas del Met para extenderse al este desde Paddington hasta South Kensington y al sur desde Moorgate hasta Tower Hill fueron aceptadas y recibieron el consentimiento real el 29 de julio de 1864.
Como con el modelo generativo, la distribución meta es ponderada al combinar las probabilidades de emisión de cada estado de contexto obtenido por la similitud.
Al igual que con el modelo generativo, la distribución objetivo se pondera mediante la combinación de probabilidades de emisión de cada estado del contexto obtenidos por semejanza.
Propilidium pelseneeri es una especie de caracol marino, una auténtica lapa, un molusco marino gasterópodo de la familia Lepetidae, una de las familias de lapas auténticas.
Propilidium pelseneeri es una especie caracol de mar, una verdadera lapa, un molusco gasterópodo marino de la familia Lepetidae, una de las familias de las verdaderas lapas.
Las actividades asiáticas pasaron a ser parte de Ebel, mientras que las actividades europeas fueron vendidas al empresario Joseph Wong de Hong Kong y ahora son parte de Stelux Holdings.
Las actividades europeas pasaron a ser parte de Ebel, mientras que las actividades asiáticas se vendieron al empresario de Hong Kong Joseph Wong y ahora pertenecen a Stelux Holdings.
Está ubicado al este de Nanuet, al sur de Chestnut Ridge, al oeste de Blauvelt, Nueva York, y al norte de Montvale y Old Tappan, New Jersey.
Es el este de Chestnut Ridge, el sur de Nanuet, el oeste de Blauvelt, Nueva York, y el norte de Montvale y Old Tappan, Nueva Jersey.
Luego cruza el brazo del río Washita del lago Texoma.
Luego atraviesa el brazo del lago Texoma del río Washita.
Un atolón en una Niau de la Polinesia Francesa se denomina Aleksey Greig por Greig.
Un atolón en una Niau de la Polinesia Francesa se denomina por Aleksey Greig Greig.
El río Vâlcea es un afluente del río Arieşul Mare en Rumania.
El río Vălcea es un afluente del río Arieşul Mare en Rumania.
Pam se encuentra en Nueva York con sus hermanos Jim (Blake Robbins) y Pete (Tug Coker) para almorzar.
Tom se encuentra con Pam en Nueva York para almorzar con sus hermanos, Jim (Blake Robbins) y Pete (Tug Coker).
Algunos historiadores dicen que la clase dominante en Holanda quería que Holanda se integrara al sistema económico flamenco y adoptara las instituciones judiciales flamencas.
Algunos historiadores dicen que la clase gobernante en Holanda quería que Holanda integrara el sistema legal flamenco y se hiciera cargo de las instituciones financieras flamencas.
Maritsa Lazari nació en octubre de 1943 en Londres, Reino Unido. Emigró con su familia a Chipre a la edad de 16.
Maritsa Lazari nació en Londres en octubre de 1943 y emigró con su familia a Chipre a la edad de 16 años.
El río Molmys es un río ubicado en Perm Krai, Rusia, un afluente del lado izquierdo del río Yazva.
El río Yazva es un río en Perm Krai, Russia, un afluente izquierdo del río Molmys.
Los polinomios de Gegenbauer - los polinomios aparecen como extensiones de los polinomios legendarios en el contexto de la teoría potencial y el análisis armónico.
Los Polinomios de Gegenbauer aparecen naturalmente como extensiones de los Polinomios de Legendre en el contexto de la teoría armónica y del análisis potencial.
Pennmakkal es una película indio-malaya producida por J. Sasikumar y dirigida por KP Kottarakkara en 1966.
Pennmakkal es una película malayo-india de 1966 dirigida por J. Sasikumar, producida por KP Kottarakkara.
En 1920 y en 1921 en Venecia, ganaron los italianos, ninguna otra nación participó en 1920 y en 1921 los franceses no comenzaron.
En 1920 y 1921 en Venecia, ganaron los italianos -- en 1920 no entró ninguna otra nación y en 1921 no comenzó la entrada francesa.
"En la práctica, los ""módulos"" Java de Mesquite son generalmente subclases concretas de definiciones de clases abstractas."
"En la práctica, los tipos de ""módulos"" Java Mesquite son generalmente subtipos abstractos de definiciones de clases concretas."
En mayo de 1983 comenzó un tour por el Reino Unido con la presencia del guitarrista adicional Robin George para las presentaciones en vivo.
En mayo de 1983, comenzó un tour en el Reino Unido con el guitarrista Robin George para presentaciones en vivo adicionales.
Callum O'brien (nacido el 4 de noviembre de 1982 en Nueva Zelanda) es un jugador profesional de squash de Cambridge.
Callum O'Brien (nacido el 4 de noviembre de 1982 en Cambridge, Nueva Zelanda) es un jugador de squash profesional.
Hasta 1991 ofreció el único escenario público en el condado de Tehama, y fue el único cine hasta 1993.
Born nació en Alemania de padres judíos, hijo de Max Born y la científica Hedwig Ehrenberg.
De origen alemán, nació de padres judíos, hijo de Hedwig Ehrenberg y el científico Max Born.
Finalmente hizo una de sus primeras colecciones botánicas en ``Western Republican'', que fueron publicadas en Ohio por un botánico profesional.
"Por último, en ""Western Republican"", él publicó una de las primeras colecciones botánicas realizadas por un botánico profesional en Ohio."
Malcolm Fraser, que había vencido a Whitlam en un triunfo aplastante en la elección federal de diciembre de 1975, le ofreció a Egerton la caballería para que sirva al movimiento sindical.
Whitlam, que había vencido a Malcolm Fraser en un triunfo aplastante en la elección federal de diciembre de 1975, le ofreció a Egerton la caballería para servirle al movimiento sindical.
Tanto la versión europea como la norteamericana son en inglés.
La versión norteamericana y la versión europea están disponibles en inglés.
La diócesis romano-católica de Lugazi es una diócesis de la ciudad de Lugazi en la provincia de iglesias de Kampala, Uganda.
La Diócesis católica romana de Lugazi es una diócesis ubicada en la ciudad de Lugazi en la provincia eclesiástica de Kampala en Uganda.
Esto lo convirtió en el primer grader número 994 en jugar para los roosters.
Esto lo convirtió en el alumno de primer grado n.º 994 en jugar para los Roosters.
Atoka está al este de McGee Creek Lake; al oeste de Antlers y al norte de Farris, Oklahoma.
Atoka está situado al este del lago McGee Creek, al oeste de Antlers y al norte de Farris, Oklahoma.
El salón del auditorio se trasladó por primera vez a París desde Londres en 1862, y se volvió muy popular, con bailarines, cantantes, acróbatas, magos y animales entrenados.
El auditorio llegó por primera vez de Londres a París en 1862 y se volvió muy popular, con bailarines, cantantes, acróbatas y magos con animales entrenados.
Después del primer asalto del duelo, Heine Totland venció a Skanksters y se enfrentó a Gaute Ormåsen en el segundo asalto, quien venció a Bjørn Johan Muri.
Después de la primera ronda de duelos, Bjørn Johan Muri venció a los Skanksters para encontrarse en la segunda ronda con Gaute Ormåsen, que venció a Heine Totland.
Más tarde se confirmó que iba a ser publicado como un sencillo del álbum el 15 de octubre en el Reino Unido y el 23 de octubre en los EE. UU.
Fue lanzado más tarde y se confirmó como sencillo del álbum el 15 de octubre en el Reino Unido y el 23 de octubre en los EE. UU.
Saragyugh (antiguamente romanizado como Saragyukh; también Darakoy, Darakey y Daragyukh) es un pueblo en la provincia de Shirak de Armenia.
Saragyukh (también conocido como Saragyukh romanizado; anteriormente Darakoy, Darakey y Daragyukh) es un pueblo en la provincia de Shirak de Armenia.
A los 19 años, se mudó a Estocolmo, en 2011 a Nueva York.
A la edad de 19, se mudó a Nueva York, en 2011 a Estocolmo.
Lito jugó club de fútbol para Zingone.
Zingone jugó para el fútbol del club de Lito.
El campeonato de hockey sobre hielo de Suecia de 1932 fue la 11.a temporada del campeonato de hockey sobre hielo de Suecia, el campeonato nacional sueco, Hammarby IF ganó el campeonato.
El campeonato mundial de hockey sobre hielo sueco en 1932 ganó la temporada número 11 del Campeonato sueco de hockey sobre hielo, el Campeonato Nacional sueco, Hammarby IF fue el campeón.
Iría a la estación esa noche, ubicada al oeste de Tecumseh y después regresaría a Violet Springs con otro caballo antes de que sus vecinos sospecharan.
Regresaría esa noche a la estación ubicada al oeste de Tecumseh, luego cabalgaría hacia Violet Springs con otro caballo antes de que sus vecinos pudieran sospechar.
Mark Knowles y Daniel Nestor ganaron el título, tras derrotar a Jonathan Erlich y Andy Ram por 5 - 3, 5 - 4 en la final.
Jonathan Erlich y Andy Ram ganaron el título y vencieron a Mark Knowles y Daniel Nestor 5 -- 3, 5 -- 4 en la final.
Actualmente, la mayoría de ellos viven en Grecia, algunos todavía están en Bulgaria.
La mayoría de ellos vive actualmente en Grecia, algunos aún en Bulgaria.
Casely Hayford también estaba profundamente involucrado en el movimiento político por la emancipación africana.
Casely Hayford también estuvo profundamente involucrado en el movimiento político para la emancipación africana.
Mark Allen ganó la final contra Martin Gould por 1:0 (104 -- 0).
Martin Gould ganó la final por 1--0 (104 -- 0) contra Mark Allen.
Grady Howard fue electo primer alcalde ese día y se lo nombró alcalde interino de Spring Lake el 5 de junio de 1951.
En esta fecha, Grady Howard fue elegido el primer alcalde y fue designado oficialmente Alcalde de Spring Lake el 5 de junio de 1951.
El cuarto se produjo por la renuncia de Joseph Hemphill tiempo después de mayo de 1826, el cual lo cubrió Thomas Kittera.
El cuarto fue provocado por la renuncia de Thomas Kittera un tiempo después de mayo de 1826, donde Joseph Hemphill asumiría el cargo.
También hay un ferrocarril de vía angosta aislado en la península de Eyre desde Ceduna hasta Port Lincoln.
También es un ferrocarril de vía angosta aislado que va desde Port Lincoln hasta Ceduna en la península Eyre.
Bostryx turritus es una especie de caracol tropical que respira aire, un molusco gasterópodo pulmonado de la familia de Bulimulidae.
Bostryx turritus es una especie de caracol de tierra de respiración pulmonar, un molusco gasterópodo tropical de la familia de Bulimulidae.
"Cuando abrió, el director de la BBC Televisión, David Nixon, y el primer programa fue ""First Night"" con Gerald Beadle en el Estudio Tres."
"Cuando abrió, el director de BBC Television era Gerald Beadle, y el primer programa puesto al aire fue ""First Night'' con David Nixon en Studio Three."
Desde el límite oeste del puente, Pennsylvania Route 268 conduce al sur de Parker y al norte de Emlenton.
La Ruta 268 de Pensilvania lleva desde el extremo oeste del puente para el norte hasta Parker y para el sur hasta Emlenton.
Zervodexios es una expresión del folclore griego, proveniente de Grecia y Tracia, Macedonia.
El Zervodexios es una forma de danza popular griega proveniente de Macedonia y Tracia.
Nourhan Manougian, el patriarca armenio de Jerusalén, afirmó que los armenios son tratados como ``ciudadanos de tercera clase''.
El patriarca armenio de Jerusalén, Nourhan Manougian, dijo que los armenios están siendo tratados como ''ciudadanos de tercera clase.
La iluminación en la pintura del Louvre es más suave y parece más cálida, pero puede ser el resultado del tono del barniz en la superficie.
La iluminación en el Louvre - la pintura es más cálida y parece más suave, pero esto puede ser el resultado del sonido del barniz de la superficie.
Wyoming Highway 330 es un camino bastante corto de este a oeste del estado de Wyoming ubicado al noroeste del condado de Sheridan que funciona como la parte central de Sheridan.
La autopista Wyoming 330 es bastante corta al este - West Wyoming State Road al noroeste del Condado Sheridan que sirve como la parte central de Sheridan.
También donó $ 34.000 a Mitt Romney y $ 7.000 a Ted Cruz, incluyendo su campaña presidencial de 2016.
También le donó US $ 34 000 a Ted Cruz y US $ 7000 a Mitt Romney, incluida su campaña presidencial de 2016.
Se fue de Texas en tren y se estableció en Kansas para recuperarse de las heridas.
Se fue de Kansas en tren y se instaló en Texas para recuperarse de sus heridas.
Es un centro de peregrinaje reconocido ubicado a 78 kilómetros de Dharwad y a 37 kilómetros de Belgaum.
Es un centro de peregrinación célebre ubicado a 78 kilómetros de Belgaum y a 37 kilómetros de Dharwad.
La primera, Kai-sung, fue la hija de Jin-Qua, la madre de Dirk Struan por Gordon Chen.
La primera Kai-sung era la hija de Jin-Qua. Era la madre de Gordon Chen de Dirk Struan.
McMillan pasó dos años en el Royal Medical Corp. en Tidworth y luego en Didcot, donde estuvo a cargo de un MRS para soldados heridos en la guerra de Corea.
McMillan pasó dos años en el Royal Medical Corp. en Tidworth y luego en Didcot, donde estuvo a cargo de un MRS para soldados heridos en la guerra de Corea.
El Teniente Coronel Donald Grant Millard, el Capitán Gerald K. Hannaford y el Capitán John F. Lorraine eran los pasajeros de la aeronave.
Los ocupantes del avión eran el coronel Gerald K. Hannaford, el capitán Donald Grant Millard y el capitán John F. Lorraine.
El episodio fue resuelto por Tony Goldwyn y escrito por Matt Byrne y Mark Fish.
El episodio fue escrito por Matt Byrne y Mark Fish y dirigido por Tony Goldwyn.
Quedan dos pequeñas ligas independientes con solo un puñado de miembros: la liga Grampian Alliance y la liga Highland Alliance.
Permanecen dos pequeñas ligas independientes, con solo unos cuantos miembros: la liga Grampian Alliance y la liga Highland Alliance.
NS
Cuando se necesita una mayor cantidad de IE diferentes, generalmente deriva en más problemas de planificación de capacidad y conduce a la falta de envío del IP.
Nació en el Condado de Carter, Tennessee y después se mudó a Arkansas.
Nació en Arkansas y luego se mudó al condado de Carter, Tennessee.
Dotty nació en 1923 en Gloucester y falleció en 2014 en Boston.
Dotty nació en 1923 en Boston y murió en Gloucester en 2014.
El Audi V8 compitió durante su presencia en la DTM con un Mercedes 190 mucho más pequeño, un BMW M3 algo más pequeño y un Opel Omega 3000 algo más liviano.
El Audi V8 compitió con un Mercedes 190 mucho más pequeño y liviano, un BMW M3 y un Opel Omega 3000 algo más pequeño durante su presencia en la DTM.
Steve Steve comenzó su relación con Karen Phillips, representada por Suranne Jones.
Karen Phillips inició una relación con Steve representado por Suranne Jones.
En el Hospital Macquarie no hay servicio de emergencia, y los departamentos de emergencias más cercanos están ubicados en el Hospital Ryde, Hospital Concord o en el Hospital Royal North Shore.
No hay servicios de emergencia en el Hospital Concord, o en el hospital Royal North Shore. Los departamentos de emergencias más cercanos están en el hospital Ryde y el hospital Macquarie.
Debelets es un pueblo al norte del municipio de Veliko Tarnovo, provincia de Veliko Tarnovo, que es parte de Bulgaria.
Debelets es una ciudad del norte de Bulgaria, parte de la municipalidad de Veliko Tarnovo, provincia de Veliko Tarnovo.
El Dr. Hector, Cody y Christie encuentran a Dr. Christie, que toma como rehén a Forrest.
NS
Se eliminó el regimiento de obús, y el regimiento original de artillería mantuvo el número del regimiento normal liviano.
Se había quitado el regimiento cumbre y el regimiento de artillería original conservó el número estándar del regimiento liviano.
Algunas piezas antiguas sin terminar, como Kouros de Apollonas o los dos Kouroi de Flerio, se encuentran en estas canteras.
Algunas piezas antiguas incompletas, como el Kouros de Apollonas o los dos Kouroi de Flerio se pueden encontrar en estas canteras.
Los conservadores habían acampado en la costa oeste del río Catawba, mientras el ejército del General Charles Cornwalli se encontraba acampando en la costa este.
Los Conservadores estaban acampando en la costa oeste del río Catawba, mientras que el ejército del general Charles Cornwallis acampaba en la costa este.
Las cartas se reparten como se muestra en el diagrama de la mano de bridge; North es el crupier y empieza la subasta que procede según se muestra en la tabla de declaraciones.
Las cartas se muestran como en el diagrama de la Mano de Bridge, Norte es quien reparte y ejecuta la subasta que comienza como se dispone en la mesa de apuestas.
Los fondos iniciales provinieron de la fundación Bill & Melinda Gates Foundation, el financista Edward W. Scott y el empresario tecnológico George Soros.
Los fondos vinieron de la fundación Bill y Melinda Gates, del financiero Edward W. Scott y del emprendedor en tecnología George Soros.
"Se otorga espacio prominente en ""The Conservative Mind"" de Mallock."
"Russell Kirk recibe un lugar prominente en ""La Mente Conservadora'' de Mallock."
La primera sección, desde Hokitika hasta Ruatapu, se abrió el 9 de noviembre de 1906, y la línea completa hasta Ross se completó el 1.° de abril de 1909.
La primera sección, desde Hokitika hasta Ruatapu, se completó el 9 de noviembre de 1906, y el 1.° de abril de 1909 se abrió la línea completa en Ross.
El siguiente ayuntamiento fue construido en el estilo barroco en 1627 y sufrió daños en 1650, 1653, 1735 y 1779.
El siguiente ayuntamiento de estilo arquitectónico barroco recibió daños en 1627 y fue construido en 1650, 1653, 1735 y 1779.
En cinco días, esta masa de aire frío se extendió desde el sur de Marianas hasta el norte de las islas Filipinas.
En cinco días, la masa de aire frío se extendió desde las Marianas del sur hacia las islas Filipinas del norte.
Dos se produjeron en 1934, pero no se voló ninguno más.
Los dos se volaron en 1934, pero no se produjo ninguno más.
Con Terry como Ofelia y Portia, revivió ``Hamlet'' y ``El mercader de Venecia'' (1879).
Con Terry como Ofelia y Portia, produjo ``Hamlet'' y revivió ``El mercader de Venecia'' (1879).
"""Historia Plantarum Rariorum'' exhibe plantas del Jardín botánico de Chelsea y del Jardín botánico de Cambridge."
"""Historia Plantarum Rariorum"" describía plantas del Jardín Botánico de Cambridge y del Jardín Físico de Chelsea."
Ella nació en México, pero en poco tiempo se mudó con su familia a San Juan, Puerto Rico, para nacer con heterocromía.
Carmine nació en San Juan, Puerto Rico pero pronto se mudó con su familia a México. Ella nació con Heterochromia iridum.
Fue otorgado a John Sone en 1544, quien inmediatamente se lo traspasó a Henry Audeley y a John Cordall.
Fue concedido en 1544 a John Sone que a la vez se lo transmitió a Henry Audeley y a John Cordall.
Se destacó en cinco juegos consecutivos desde la ronda 1 (Wakefield Trinity Wildcats) hasta la ronda 5 (Huddersfield Giants).
Jugó en cinco partidos consecutivos desde el round 1 (Huddersfield Giants) hasta el round 5 (Wakefield Trinity Wildcats).
En la película actúan Jembie Almazan como Alex, Bernardo Garnica Cruz como David y Jonathan Diaz Angulo como Maria.
La película es protagonizada por Jembie Almazan como Alex, Bernardo Garnica Cruz como David y Jonathan Diaz Angulo como Maria.
Ni la relación previa de Anna con Dostoievski ni las fuertes diferencias políticas de Dostoievski con los Jaclard evitaron el contacto cordial y regular entre ellos.
Ni el compromiso previo de Dostoyevsky con Dostoyevsky ni las fuertes diferencias políticas de Anna con los Jaclards evitaron un contacto cálido y regular entre ellos.
El poema se preserva en cuatro manuscritos contemporáneos, uno de los cuales es parcial:
El poema está conservado en cuatro manuscritos fragmentarios, de los cuales uno es contemporáneo.
El 17 de agosto de 1865, el 3º Regimiento de Caballería de Voluntarios de Nueva York se fusionó con el 16º Regimiento de Caballería de Voluntarios de Nueva York y se consolidaron en el 13º Regimiento de Caballería Provisional de Nueva York.
El 17 de agosto de 1865, el 13º Regimiento de Caballería de Voluntarios de Nueva York junto con el 16º Regimiento de Caballería de Voluntarios de Nueva York se unieron para conformar el 3er Regimiento de Caballería Provisional de Nueva York.
Desde 1984 Blake está casado con Patricia Meyer y tiene dos hijos: Ryan (nacido en 1988) y Dale (nacido en 1992).
Desde 1984 Patricia Dale está casada con Patricia Meyer, y juntas tienen dos hijos: Ryan (nacido en 1988) y Blake (nacido en 1992).
Su primera aparición en pantalla como Glockner durante el episodio se transmitió el 22 de febrero de 2013.
Mason realizó su primera aparición en pantalla como Glockner durante el episodio transmitido el 22 de febrero de 2013.
Llyn Dinas es un lago ubicado cerca de Beddgelert, Gwynedd en Gales del Norte y está conformado por el Río Glaslyn.
Beddgelert es un lago cerca de Llyn Dinas, Gwynedd al norte de Gales. Está formado por el río Glaslyn.
Esto requiere un control continuo de las presiones parciales actuales con el tiempo y requiere el procesamiento de una computadora en tiempo real de parte de la computadora de descompresión del buzo para lograr una eficacia máxima.
Esto requiere de un monitoreo continuo de presiones reales con tiempo y para su máxima eficiencia requiere del procesamiento real de tiempo parcial por computadoras por parte de la computadora de descompresión del submarino.
En rumiantes, también se presenta la enfermedad neurológica, y los animales pueden negarse a comer, parecer aletargados, y también desarrollar síntomas respiratorios.
También existe una enfermedad respiratoria en rumiantes, y los animales pueden negarse a comer, aparentar un estado letárgico y también desarrollar signos neurológicos.
Si en una oración hay varias categorías gramaticales, únicamente el plural asume el primer marcador. Ej.:
Si hay varias categorías gramaticales en una oración, solo la primera toma el marcador del plural.
Kathy y su esposo Pete Beale (Peter Dean) tienen estabilidad financiera.
Kathy Kathy y su esposo Peter Dean (Pete Beale) poseen estabilidad financiera.
Manga tiene un videojuego para Sega Mega Drive con el mismo nombre en Japón y Asia.
Manga tiene un videojuego para Sega Mega Drive en Japón y Asia con el mismo nombre.
El compuesto fue desarrollado por el Dr. Patrick Page y equipo, y fue patentado por Genkyotex en 2007.
En las hojas, los haces vasculares están ubicados entre el mesófilo esponjoso.
Los haces vasculares entre el mesófilo esponjoso están ubicados en las hojas.
El campus de Azusa de la Azusa Pacific University está ubicado en el Valle de San Gabriel, al noreste de Los Ángeles.
El campus de Azusa de la Azusa Pacific University está ubicado en el Valle de San Gabriel, al noroeste de Los Ángeles.
La excepción fue entre finales de 2005 y el 2009, cuando jugó en Suecia con Carlstad United BK, en Serbia con FC Terek Grozny y el FK Borac Čačak ruso.
La excepción fue entre fines de 2005 y 2009, cuando jugó en Suecia en el Carlstad United BK, en Serbia en el FC Terek Grozny y en Rusia en el FK Borac Čačak.
Los críticos determinaron que la primera serie fue mejor que la segunda.
La segunda serie tuvo mejor recepción de la crítica que la primera.
De acuerdo con la Oficina del Censo de los Estados Unidos, Kennesaw tiene un área de superficie total de la cual la tierra, o 1,08 %, es agua.
Según la Oficina de Censos de Estados Unidos, Kennesaw tiene un área total de, de los cuales una parte es tierra y el 1,08% es agua.
El municipio tiene nueve cementerios: Bucher, Calvertville, Goodwin, Kelley, Owens, Snyder, Stalcup, Wall y Walnut Grove.
El municipio incluye nueve cementerios: Kelley, Owens, Calvertville, Goodwin, Bucher, Snyder, Stalcup, Wall y Walnut Grove.
La madre de Acheson era pintora, y sus abuelos maternos fueron Louis Stanley, un abogado de ferrocarril y Jane C. Stanley, una acuarelista.
La madre de Acheson, Alice, era pintora, y sus abuelos maternos fueron Jane C. Stanley, un abogado ferroviario, y Louis Stanley, pintora de acuarelas.
Al 1º de enero de 2012, el distrito tenía 62.500 habitantes, de las cuales el 9,6% correspondía a residentes urbanos y el 90,4% correspondía a habitantes rurales.
El 1 de enero de 2012 la población del distrito era de 62 500 de los cuales el 9,6 % era población urbana y el 90,4 % población rural.
El 17 de agosto de 1865, se fusionó el Regimiento de Caballería Voluntaria 13.º de Nueva York con el Regimiento de Caballería Voluntaria 16.º de Nueva York para conformar el Regimiento de Caballería Provisional 3.º de Nueva York.
El 17 de agosto de 1865, la 3.° División voluntaria de Caballería de Nueva York fue fusionada con la 16.° División voluntaria de Caballería de Nueva York para formar la 13.º División provisional de Caballería de Nueva York.
"En práctica, los ""módulos'' Mesquite son clases de Java, normalmente subclases concretas de definiciones de clase abstracta."
"En práctica, son clases Java de ""módulos"" mezquite, usualmente subclases abstractas de definiciones de clase concretas."
El ``Fallbeil'' se usó por última vez en Alemania oriental en 1949, en Alemania occidental en 1966.
El ``caso'' fue utilizado por última vez en 1949 en Alemania Oriental, en 1966 en Alemania Occidental.
En la copa UEFA 1973-74 ganó Feyenoord Rotterdam frente a Tottenham Hotspur 4-2 en conjunto.
Tottenham Hotspur ganó la Copa UEFA de 1973-74 frente a Feyenoord Rotterdam 4:2.
La casa de té Boulder Dushanbe fue un regalo del mayor Maksud Ikramov de Dushanbe a la ciudad de Boulder, Colorado.
La Casa de Té Boulder Dushanbe fue un regalo del Mayor Maksud Ikramov de Dushanbe a la ciudad de Boulder, Colorado.
Los ejemplos anteriores para el tema del posesivo ``-m'' eran para el singular de la primera persona.
Los ejemplos anteriores para el tema del singular de la ``-m'' eran para la primera persona del posesivo.
En un episodio de 1985 ``The Tonight Show with Johnny Carson'' Johnny menciona la historia y cuenta la trama Sidekick Ed McMahon.
En un episodio de 1985 de ``The Tonight Show Starring Johnny Carson'', Ed McMahon menciona la historia y le cuenta al compañero Johnny la trama.
Jürgen Melzer ganó el título después de vencer a Michał Przysiężny en la final por 6:4, 6:3.
Jürgen Melzer ganó el título después de vencer a Michał Przysiężny 6--4, 6--3 en la final.
La distancia entre el distrito comercial de Kampala y Kawempe es aproximadamente.
La distancia del camino entre el distrito comercial central de Kampala y Kawempe es aproximadamente.
Es un centro de peregrinación célebre ubicado a 78 kilómetros de Dharwad y a 37 kilómetros de Belgaum.
Es un centro de peregrinaje famoso ubicado a 78 kilómetros de Dharwad y a 37 kilómetros de Belgaum.
Maritsa Lazari nació en octubre de 1943 en Londres, Reino Unido. Emigró con su familia a Chipre a los 16 años.
Maritsa Lazari nació en octubre de 1943 y emigró con su familia a Londres, Inglaterra a los 16 años.
Nicole Pratt derrotó a Kristin Godridge por 6 - 4, 6 - 3.
Kristin Godridge venció a Nicole Pratt 6 -- 4, 6 -- 3.
Grabó con la banda de Billy Eckstine y en 1946 tocó con Lionel Hampton.
Grabó con la banda de Billy Eckstine en 1946 y tocó con la banda de Lionel Hampton.
Su padre, Patrick Byrne, fue un delegado, senador y alcalde de Dublín, otro hermano Alfie Byrne también fue TD.
Su padre, Alfie Byrne, fue diputado, TD, senador y primer alcalde de Dublin, y otro hermano, Patrick Byrne, también fue TD.
¡Hasta ahora, las obras de Zinovjev fueron representadas por la Orquesta Sinfónica de Oulu, la Orquesta Sinfónica de Lahti, la Kymi Sinfonietta, la Orquesta Sinfónica de la Radio Finesa y Avanti!
Las obras de Zinovjev hasta ahora fueron representadas por la Orquesta Sinfónica de la Radio Finesa, la Orquesta Sinfónica de Lahti, la Kymi Sinfonietta, la Orquesta Sinfónica de Oulu y Avanti!
Sus efectos pueden incluir reacciones bioquímicas, respuestas del sistema nervioso central y cambios psicológicos.
Puede que sus efectos incluyan respuestas bioquímicas, reacciones del sistema nervioso central y cambios fisiológicos.
Las lesiones premalignas son tejidos aparentemente atípicos que parecen anormales en el examen microscópico y en los cuales es más probable el cáncer que en su contraparte morfológicamente normal.
Las lesiones premalignas son tejidos morfológicamente atípicos que parecen extraños en el examen microscópico, y en los cuales es más probable que se produzca cáncer que en sus contrapartes aparentemente normales.
Fluye hacia Peachtree Creek, que luego fluye hacia el Río Chattahoochee al sur de Vinings y Paces.
Se vacía en Peachtree Creek, que luego fluye al río Chattahoochee, al sur de Vinings y Paces.
La música la compuso Vijayan, y las letras las escribieron K. J. Yesudas y K. Raghavan.
La música fue compuesta por K. J. Yesudas y K. Raghavan y la letra fue escrita por Vijayan.
En 1911 se destruyó el ayuntamiento, parcialmente restaurado en 1945 y vuelto a construir en los 60.
En 1911, se reconstruyó el ayuntamiento, parcialmente destruido en 1945 y luego restaurado en los 60.
Aguas arriba está el abandonado Michigan Central Railway Bridge que con su predecesor, el Whirlpool Rapids Bridge, competía por el tránsito ferroviario con el Niagara Cantilever Bridge.
Aguas arriba está el puente voladizo del ferrocarril central de Michigan clausurado que, con su predecesor, el puente voladizo del Niágara, compitió con el Whirlpool Rapids Bridge por el transporte ferroviario.
Un retiro en solitario es un retiro oscuro en un espacio que está completamente en ausencia de luz.
Un refugio oscuro es un lugar solitario en un espacio que está completamente sin luz.
Brown está casado con Brown y reside en Lehi, Utah, los Carol Ewer son padres de ocho hijos.
Brown está casado con Brown y reside en Lehi, Utah. Los Carol Ewer son padres de ocho hijos.
El equipo respondió a los cambios en el mismo juego que el próximo 19 de febrero por la tarde.
El equipo respondió a los cambios en el mismo juego que tuvo lugar la siguiente tarde de febrero.
Notoficula signeyensis es una especie de caracol de mar, un verdadero molusco gasterópodo de la familia Buccinidae marina.
Notoficula signeyensis es una especie de caracol de mar, un verdadero molusco gasterópodo en la familia Buccinidae, los bígaros marinos.
En junio de 2005, la Facultad de Periodismo de la BBC se abrió como un curso de E-Learning con Kevin Marsh como director ejecutivo, el primer director fue Vin Ray.
La Facultad de Periodismo de la BBC abrió como una serie de cursos de e-learning en junio de 2005, con Vin Ray como director ejecutivo. El primer director fue Kevin Marsh.
Otra forma de regular la población de venados es por medio del índice de control de natalidad.
Otra manera de regular la población de venados es controlar el índice de fertilidad.
Soulié de Morant trabajó varios años en el cuerpo diplomático francés en China, donde prestó servicio como cónsul francés en varias ciudades chinas.
Soulié de Morant prestó servicios durante varios años en el cuerpo diplomático francés en China, donde trabajó como cónsul francés en varias ciudades chinas.
La ciudad de Dakota es parte de la región metropolitana de la ciudad de Sioux, IA--NE--SD.
La ciudad de Dakota es parte de del Área Estadística Metropolitana de Sioux City IA-NE-SD.
Se casó con Marie Magdalene Schweigaard, hija de Tellef Dahll Schweigaard, sobrina del político de alto rango Anton Martin Schweigaard y Tante del posterior Primer Ministro Christian Homann Schweigaard.
Se casó con Marie Magdalene Schweigaard, hija de Tellef Dahll Schweigaard, sobrina del importante político Christian Homann Schweigaard y tía del Primer Ministro Anton Martin Schweigaard.
La producción masiva de películas electrónicas y digitales estaba directamente relacionada con la industria cinematográfica masiva hasta que surgió la tecnología de video pornográfico.
Hasta el advenimiento de la tecnología de video electrónica y digital, la producción en masa de las películas pornográficas estaba directamente relacionada con la industria cinematográfica principal.
El 25 de junio de 1866, fue nombrado obispo de ``Nisa en Lycia y obispo titular de Velletri.
El 25 de junio de 1866, fue nombrado obispo titular de `` Nisa en Lycia y el Obispo de Velletri.
La fotografía de la película fue de Rajiv Menon, y la editó A. Sreekar Prasad.
La fotografía de la película estuvo a cargo de Rajiv Menon y la edición en manos de A. Sreekar Prasad.
Fue un importante miembro del equipo central durante los primeros años del Instituto Indio de Administración en Calcuta, el primer Instituto Indio de Administración.
Era un miembro central del equipo inicial durante los primeros años del Instituto indio de Administración de Calcula, el destacado Instituto indio de Administración.
La UIF se formó en 2008 por la fusión de la Indoor Football League (IFL) y la United Intense Football League.
El UIF fue formado en 2008 y es el resultado de una fusión entre la Liga de Fútbol Indoor (IFL) y la Liga de Fútbol Intense United.
La cantidad de incendios informados al comienzo de febrero fue de 73 con 26 fuera de control y el tiempo esperado para controlar para ser otro mes de incendios.
La cantidad de incendios informados a principios de febrero estuvieron fuera de control en 73 con 26 y el tiempo esperado para controlar otro mes de incendios.
Esta es la estación principal de ferrocarril de la ciudad de Nabadwip del distrito de Nadia en el estado de West Bengal.
Esta es la principal estación de trenes de la ciudad de Nabadwip en el Distrito de Nadia en el Estado de Bengala Occidental.
El manuscrito fue agregado a la lista de manuscritos del Nuevo Testamento por Caspar René Gregory (278) y Frederick Henry Ambrose Scrivener (Número 329).
El manuscrito fue agregado a la lista de manuscritos en el Nuevo Testamento por Frederick Henry Ambrose Scrivener (278) y Caspar René Gregory (número 329).
Enigmaticolus Monnieri es una especie de caracol de mar, un verdadero molusco gasterópodo de la familia Buccinidae, los buccinos marinos.
El enigmaticolus monnieri es una especie de caracol de mar, un auténtico molusco gasterópodo de la familia de los buccinidae, las buccinidae marinas.
Fue orador invitado en el ICM en Toronto en 1924, en 1932 en Zurich y en 1936 en Oslo.
En 1924 fue disertante invitado para la ICM en Toronto, en Oslo en 1932 y en Zurich en 1936.
Cavally nació en Cincinnati, Ohio y creció en Denver, Colorado.
Nacido en Denver, Colorado, Cavally creció en Cincinnati, Ohio.
33,7 % nacieron en Maryland, que está categorizada como parte del sur de los Estados Unidos junto con sus vecinos Virginia y Washington, D.C. de la Oficina del Censo.
El 33,7 % nació en Virginia, que la Oficina del Censo clasifica como parte del sur de los Estados Unidos junto con sus vecinas Maryland y Washington, D.C.
Según la estación del año, la población de repollo migra de Canadá a México en Norteamérica.
La población de orugas de la col en Norteamérica emigra desde Canadá hacia México, dependiendo de la estación.
El grado de distinción entre las tendencias protestantes y católicas dentro de la tradición anglicana suele ser una cuestión de debate dentro tanto de las iglesias anglicanas específicas como a lo largo de la comunidad anglicana.
El grado de distinción entre las tendencias católicas y protestantes dentro de la tradición anglicana específica suele ser una cuestión de debate tanto dentro de las iglesias anglicanas como a lo largo de la comunidad anglicana.
"El distrito francés de Finistère es un 1.er distrito en el ""département"" de Finistère."
"El 1.er distrito de Finistère es un distrito francés en el ""département"" de Finistère."
"El personaje y el elenco fueron revelados el 20 de noviembre, cuando se publicó el detrás de escena de Fotiou en un video que se vio en ""Neighbours"" en su canal de YouTube."
"El personaje y el elenco salieron a la luz el 20 de noviembre, cuando se lanzó a Fotiou en un video detrás de escena que se vio en ""Neighbours"" en su canal de YouTube."
De esta población, el 87,91 % son rumanos, el 7,53 % húngaros y el 4,43 % romaníes.
De su población, el 87,91 % son de origen húngaro, el 7,53 % de origen rumano y el 4,43 % de origen romaní.
En general, las plantas de hojas verdes y de raíz no se cultivaron y crecieron amontonadas por temporada cuando estuvieron en estado salvaje.
En general, las plantas de hojas verdes y de raíz no se cultivaron y cuando estuvieron en la naturaleza crecieron por temporadas.
Farmer venció a Armstrong, el candidato Wesley Lobb con 180 votos y se mantuvo en el cargo después de la elección.
Armstrong derrotó al candidato de Farmer, Wesley Lobb, por 180 votos y se mantuvo en funciones hasta después de la elección.
En febrero de 2014, Network Ten anunció que Danielle reemplazaría a Isdale Hugh Riminton como moderador, y Victoria Murphy se convertiría en la presentadora.
En febrero de 2014, Network Ten anunció que Danielle Isdale reemplazaría a Hugh Riminton como presentador, y Victoria Murphy se convertiría en la presentadora de deportes.
Siebenberg describió la canción como su favorita en el álbum`` porque es tan pura y tan personal.
Siebenberg describió la canción como su favorita en el álbum ``porque es tan personal y tan pura.
Madison District Public Schools es un distrito escolar que presta servicios en el extremo sur de Madison Heights, Michigan en el área metropolitana de Detroit.
Madison District Public Schools es una escuela del distrito al sur del área metropolitana de Detroit en Madison Heights, Michigan.
El Proyecto del Genoma del Cáncer fue lanzado por Michael Stratton en 2000, y Peter Campbell es actualmente el líder del grupo del proyecto.
El proyecto del genoma del cáncer fue lanzado por Peter Campbell en 2000, y ahora Michael Stratton es el líder del proyecto.
Fishman posee una licenciatura de la Universidad de Brown y una maestría en economía de la Universidad de Columbia.
Fishman tiene una licenciatura de la Universidad de Brown y una maestría de la Universidad de Columbia en Economía.
"El río Valea lui Lambă o río ""unk"" imon es un afluente del río Lom de Rumania."
El río Valea lui Lambă o río Lom es un afluente del río Șimon en Rumania.
Se convirtió en campeón finlandés en 1999 y 2003, compitiendo con Jarno Jokihaara y Marko Ritola. También se convirtió en campeón de interiores en 2003.
En 1999 y 2003 se convirtió en maestro finlandés, con Jarno Jokihaara y Marko Ritola, en 2003 se convirtió en campeón de interiores.
Algunos comités importantes suscribieron el Comité de Finanzas, el Comité de Rituales y el Comité de Acción Social.
Algunos importantes comités incluyen el Comité Ritual, el Comité Social Action y el Comité de Finanzas.
La segunda temporada se convirtió en el noveno programa con mejor calificación de Comedy Central.
La novena temporada se convirtió en el segundo mejor programa de Comedy Central.
Adam Surat (``Inner Strength'') es una película documental dirigida por Sheikh Mohammed Sultan en 1989 sobre el pintor bangladeshí Tareque Masud.
Adam Surat (``Fortaleza interior'') es una película documental dirigida por Tareque Masud en 1989 sobre el pintor bengalí Sheikh Mohammed Sultan.
Shook era una revista de música electrónica, con sede en Londres, que abarcaba varias formas de música negra y británica del underground.
Shook fue una revista de música británica de producción independiente con sede en Londres que cubría diversas formas de música negra y música electrónica.
La observación empírica de los efectos antiinflamatorios de GLA sostiene que los efectos reales de DGLA son los dominantes.
La observación empírica de los efectos antiinflamatorios del GLA sostiene que los efectos actuales de DGLA dominan.
Los Axouchoi fueron una familia adinerada de origen turco, estrechamente conectadas con la dinastía Kommenian y con una gran cantidad de generales prestigiosos.
Los Axouchoi fueron una destacada familia de origen turco, que estaba muy asociada a la Dinastía de los Comnenos y aportó una cantidad de generales distinguidos.
Schwarzau im Gebirge es una ciudad del distrito de Neunkirchen en la provincia austríaca de Baja Austria.
Schwarzau im Gebirge es un pueblo en la provincia austriaca de Neunkirchen en el distrito de Baja Austria.
"""Lupinus bicolor'' tiene un tallo fino y hojas cortas, peludas y palmadas."
"El ""Lupinus bicolor'' tiene un tallo fino y corto, hojas pilosas, como de palmera."
Los alemanes lo levantaron en 1943 -- 1944, y los bombarderos Aliados lo hundieron dos veces. Finalmente, se desguazó en 1946 -- 1947.
Lo hundieron los alemanes y lo desguazaron los bombarderos Aliados dos veces en 1943 -- 1944. Finalmente, lo levantaron en 1946 -- 1947.
Sus mejores posiciones en la competencia se ubicaron en el décimo lugar en 1960 y en el octavo lugar en 1968.
Sus mejores posiciones en competencia fueron el octavo lugar en 1960 y el décimo en 1968.
Dile a su padre, Charlie Clausen (Zac MacGuire) y a Evie de inmediato.
Hunter le dice inmediatamente a su padre, Zac MacGuire (Charlie Clausen) y a Evie.
"Se la apreciaba como que ""tiene gran potencial y talento, y en el futuro alcanzará una personalidad musical única."
"Se la observó como una persona ""que tiene un enorme potencial y un gran talento y crecerá para convertirse en una personalidad musical única en el futuro""."
"Su nombre, Afolabi, significa ""Nacido en la riqueza"". Su sobrenombre en Nigeria es Robocop por sus movimientos rígidos."
"Su nombre, Afolabi, significa ""nacido rico"", su sobrenombre en Nigeria es Robocop, debido a sus movimientos rígidos."
Karen Phillips comenzó una relación con Steve de Suranne Jones representado.
Karen Phillips comenzó una relación con Steve, interpretada por Suranne Jones.
Con ella he podido cumplir algunos de mis sueños musicales con estilos antiguos y con este nuevo estilo que es realmente grande, fresco y que fluye naturalmente.
Con ella he podido cumplir algunos de mis sueños musicales con los estilos antiguos y este nuevo estilo es realmente grande, fresco y fluye con naturalidad.
Al considerar a Vinny Testaverde como principiante, Zolak estaba compitiendo con Ray Lucas por un trabajo de respaldo.
Con Vinny Testaverde como principiante, Zolak se enfrentaba a Ray Lucas en la competencia por un trabajo de reserva.
Jason Thornton es el Director artístico de la orquesta, Peter Donohoe el Director principal invitado y Gavin Carr el Director adjunto.
Gavin Carr es el director artístico de la orquesta, Peter Donohoe, el director principal invitado y Jason Thornton, el director asociado.
El regimiento de punta había sido sacado, y el regimiento de artillería estándar retuvo la cantidad del regimiento original liviano.
El regimiento howitzer se había eliminado, y el regimiento de artillería estándar conservaba el número del regimiento liviano original.
También escribió una gran cantidad de arreglos orquestales a y acompañamientos de variedades.
También escribió un gran número de arreglos vocales y acompañamientos orquestales para las variantes.
Lee jugó profesionalmente en Italia, Rusia, Grecia, Francia, Indonesia y Grecia. Ganó campeonatos nacionales en Puerto Rico, Portugal e Indonesia.
Jugó profesionalmente en Grecia, Rusia, Italia, Francia, Puerto Rico, Portugal e Indonesia y ganó campeonatos nacionales en Indonesia y Grecia.
Round Island actualmente no está habitada y pertenece por completo al Servicio Forestal de los EE. UU. Es administrada como parte del Bosque Nacional Hiawatha.
Round Island actualmente está deshabitada y está totalmente administrada por el Servicio Forestal de los Estados Unidos, y es parte del Bosque Nacional Hiawatha.
Es aclamada por Richard Gibson y el pintor de cámara Peter Lely, y se la considera tan exitosa como Joan Carlile.
Es elogiada por Richard Gibson y la pintora de la corte Joan Carlile como igual de exitosa que Peter Lely.
The JoyKey no tiene partes en movimiento, ni tapones que se rompen ni lengüetas que se desgastan.
El JoyKey no tiene partes móviles, ni corchos que se puedan desgastar ni resortes que se puedan romper.
"En 2002, se lanzó la canción de la mano del productor británico Vincent Stormfield, y versionada como ""Sweet Harmony 02"" por Independiente."
"En 2002, la canción fue editada por el productor británico Vincent Stormfield y versionada por Independiente como ''Sweet Harmony 02""."
Junto con el calor residual de la energía nuclear, geotérmica y de los motores de combustión interna, ¿qué tipo de energía podría suministrar el calor para una máquina de vapor?
¿Qué tipo de elemento calefactor se utiliza a menudo en las máquinas de vapor de juguete?
¿Qué instrumento se utiliza para examinar el rendimiento de la máquina de vapor?
¿En qué año se observó el primer uso registrado del indicador de la máquina de vapor?
¿Qué compañía desarrolló el indicador de motor de vapor más exitoso?
¿Quién desarrolló un indicador de motor de vapor exitoso para Charles Porter?
¿Dónde se mostraba el indicador de la máquina de vapor Charles Porter?
¿Qué limita la eficiencia del ciclo Rankine?
¿Cuál es la temperatura de entrada de la turbina de vapor, en grados centígrados?
¿Cuál es el límite de fluencia de 565 °C?
¿Cuál es la eficiencia teórica de Carnot de una turbina?
¿Cuál es la temperatura aproximada del condensador en una turbina?
¿Qué empresa moderna lleva trabajando notablemente en una máquina de vapor con materiales modernos?
¿Dónde tiene su sede Energiprojekt AB?
¿Cuántos cilindros tiene el motor Energiprojekt AB?
¿Cuántas libras de vapor por kilovatio hora utiliza el motor Energiprojekt AB?
¿Qué porcentaje de la eficiencia de un motor de alta presión ha conseguido el motor Energiprojekt AB?
¿Cuál es otro término para los rotores?
En una turbina de vapor, ¿en qué se montan los rotores?
¿Cuál es otra forma de referirse a los estatores?
¿A qué se conectan los estatores?
En Estados Unidos, ¿cuál es la velocidad habitual de una turbina con 60 Hertz de potencia?
¿Cuándo descubrió Carl Wilhelm Scheele el oxígeno?
¿En qué año reconoció Joseph Priestley el oxígeno?
¿Qué le dio a Priestley la pretensión de ser el primer descubridor del oxígeno?
¿Qué investigador usó por primera vez la palabra oxígeno?
¿Qué trabajos anteriores desacreditaron los experimentos de Lavoisier?
¿Qué químico logró producir suficiente oxígeno líquido para utilizarlo en el estudio?
¿En qué año experimentó Dewar con oxígeno líquido?
¿Cuándo se desarrolló el oxígeno líquido para uso comercial?
¿Qué proceso de soldadura se demostró en 1901?
¿Qué grupo de científicos se dedica a medir las cantidades de oxígeno en los animales marinos?
¿Sobre qué característica meteorológica quieren los paleoclimatólogos información?
¿Cuánto más pesado es el oxígeno 18 que el oxígeno 16?
¿Qué tipo de oxígeno adquieren los animales marinos en mayor cantidad durante las condiciones climáticas más frías?
¿En qué tipo de clima tiene mayores niveles de oxígeno 18 el agua de mar?
¿A qué longitud de onda llegan las bandas espectrofotométricas?
¿Para supervisar qué evento proporcionaría información la medición del resplandor de la vegetación?
¿Desde dónde les gustaría a los científicos medir el resplandor de la vegetación?
¿A qué escala mostrarían los científicos las mediciones de la vegetación?
¿Qué estilo de percepción les gusta a los científicos para medir el resplandor global?
¿Qué dispositivo se utiliza para tratar diversas afecciones como la intoxicación por monóxido de carbono?
¿Qué desplaza el aumento de las concentraciones de oxígeno en los pulmones del paciente?
¿Para qué patógeno que causa la gangrena gaseosa es venenoso el oxígeno?
¿Qué ocurre después de una inmersión en la que un buzo se descomprime demasiado rápido?
¿Cuándo lanzaron Siria y Egipto un ataque sorpresa contra Israel?
¿Quién era el segundo mayor productor de petróleo del mundo?
¿Cuántas veces más tuvieron que pagar las otras naciones por el petróleo después del ataque sorpresa?
¿Qué productor de petróleo es un aliado cercano de los Estados Unidos?
¿Por qué el sha de Irán dio una entrevista?
¿Qué tiene una influencia negativa sobre la economía de los Estados Unidos?
A nivel internacional, ¿qué posiciones competitivas de la industria se ven afectadas?
¿Qué problema tiene efectos tanto inflacionarios como deflacionarios?
La crisis del petróleo hizo que las compañías petroleras aumentaran el suministro de petróleo, ¿en qué zona?
¿Cuánto tiempo tardan las nuevas zonas en tener una producción de petróleo significativa?
¿Quién es el primer administrador de la Oficina Federal de Energía?
¿Cuándo fue elegido por Nixon?
¿Por qué se creó esta organización a corto plazo?
Según la AAA, ¿cuál es el porcentaje de las gasolineras que se quedaron sin gasolina?
¿Cuál fue el catalizador que creó un mayor interés en los recursos renovables?
Se critica que las políticas energéticas son soluciones rápidas y costosas que ignoran, ¿qué hechos?
¿Quién apoyó las políticas que tienen soluciones que suenan bien pero que tienen malas perspectivas?
¿Cuándo abrieron Honda, Toyota y Nissan sus plantas de montaje en Estados Unidos?
¿Qué coche más grande inventó Toyota cuando los compradores se lamentaron de los compactos de tamaño pequeño?
Diga el nombre de un extra que se añadió a la producción de los compactos.
Nombre una división de lujo de Toyota.
¿Quién dirigió el comité establecido por Seaman?
¿Cuándo estableció Seaman este comité?
¿Qué facción de la NASA fue la primera en apoyar a LOR?
¿Quién fue contratado para ser el subdirector de la Oficina de Vuelo Espacial Tripulado?
¿Qué ubicación de la NASA fue la última en aceptar la idea de LOR?
¿Cuántas personas había en el vuelo de prueba del AS-206?
¿Qué llevaban los astronautas durante la misión dual AS-278?
¿Qué había originalmente en los trajes espaciales antes del casco transparente "pecera"?
¿Qué tipo de ropa interior, si es que había alguna, se incluyó en el traje espacial Apollo?
¿Qué significaba el acrónimo LMP en relación a los puestos de lanzamiento del Bloque II?
¿Dónde realizó la tripulación del Apolo 1 las pruebas en el Centro Espacial Kennedy?
¿Quién era la tripulación principal del Apolo 1, nombre que ellos mismos le dieron?
¿Qué fue lo que se hizo para simular en el LC-34?
¿En qué otro lugar hizo pruebas el Apolo 1 además del Centro Espacial Kennedy?
¿Cuál fue el primer problema que tuvieron los astronautas durante la prueba de desconexión?
¿Cuándo se realizó la primera prueba de desconexión?
¿Qué pasó durante la prueba de desconexión durante el retraso del olor del traje espacial?
¿Qué pasó con la tripulación a bordo durante la prueba de desconexión?
¿Qué tipo de atmósfera ayudó a alimentar el fuego en toda la cabina?
¿Quién recopiló los datos de aterrizaje originales del Apolo 11?
¿Se pudieron restaurar y procesar las cintas sin destruir la legitimidad histórica o algunos aspectos de las cintas perdieron legitimidad?
¿Qué tipo de grabaciones en el Centro Espacial Johnson se usaron para ayudar a restaurar las cintas originales?
¿A qué empresa se le encargó la tarea de restaurar las cintas originales?
¿Se pudo añadir color a las cintas restauradas para mejorar la imagen o permanecieron en blanco y negro?
¿Cómo surgieron los principales tratados que conforman la Unión Europea?
¿Qué dos tratados proporcionaron instituciones más formales de la Unión Europea?
¿En qué años se incorporaron España y Portugal a la Unión Europea?
En 1972, ¿acabó Noruega en la Unión Europea?
¿Qué país firmó en 1985 un tratado que le otorgaba un estatus especial?
¿Qué causó la necesidad de los principales Tratados que acabaron constituyendo la UE?
¿Cuándo se firmó el Tratado de Maastrich?
¿Cuándo se elaboró el Acta Única Europea?
¿Cuándo se incorporó Dinamarca a la UE?
¿Cuándo firmó Groenlandia un tratado que le otorgaba un estatuto especial?
¿Qué dos órganos rectores tienen poder de veto legislativo?
¿Qué no puede hacer el Parlamento para que la igualdad y la democracia sean deficientes?
¿Con qué frecuencia se celebran elecciones al Parlamento?
¿Qué mayoría de votos debe existir para censurar eficazmente a la Comisión?
¿Cuáles son los dos órganos por los que el Parlamento debe pasar primero para aprobar la legislación?
¿Qué entidad tiene el monopolio de la iniciativa legislativa?
¿Qué entidades tienen poderes de enmienda y veto durante el proceso legislativo?
¿Cuándo se celebraron las primeras elecciones directas?
¿Qué partido es actualmente el más grande entre los partidos políticos?
En caso de conflicto entre la legislación de la UE y la legislación nacional, ¿qué legislación prevalece?
¿Cuál fue la razón por la que el Tribunal Constitucional italiano dio lugar a que el Sr. Costa perdiera su demanda contra ENEL?
¿Cuáles fueron los años en que se originaron dos Reglamentos que entraron en conflicto con una ley italiana en el caso Simmenthal SpA?
¿Qué entidades han tenido que desarrollar principios dedicados a la resolución de conflictos entre leyes de diferentes sistemas?
¿Cuándo tuvo lugar Costa contra ENEL?
¿Qué tribunal argumentó que el Tratado de Roma no impidió el nacionalismo energético?
¿Cuántos tratados originales por los que se estableció la UE protegían los derechos fundamentales?
¿Qué entidades se ocupaban originalmente de prevenir la violación de los derechos humanos?
¿Cuándo se estableció el Convenio Europeo de Derechos Humanos?
¿Qué otra entidad se creó al mismo tiempo que el Convenio Europeo de Derechos Humanos?
¿Cuándo encargó el Consejo Europeo a una entidad la elaboración de una Carta Europea de Derechos Humanos?
¿Qué llevó al Reino Unido a suscribir el Acuerdo sobre Política Social?
¿Cuándo suscribió formalmente el Reino Unido el Acuerdo sobre Política Social?
¿Qué directiva mencionada se creó en 1994?
¿Cuándo se creó la Directiva sobre el permiso parental?
¿Qué exigía la Directiva sobre el comité de empresa?
¿Qué nombre también se usa para describir la selva amazónica en inglés?
¿Cuántos kilómetros cuadrados de selva tropical están cubiertos en la cuenca?
¿Cuántas naciones controlan esta región en total?
¿Cuántas naciones contienen "Amazonas" en sus nombres?
¿Qué porcentaje representa el Amazonas en las selvas tropicales del planeta?
¿Cuál es la palabra holandesa para referirse a la selva amazónica?
¿Qué selva tropical cubre la mayor parte de la cuenca del Amazonas en Sudamérica?
¿En qué país se encuentra la mayor parte de la selva amazónica?
La selva tropical del Amazonas, ¿qué cantidad de bosques tropicales de la Tierra representa?
¿Cuántas especies de árboles se pueden encontrar en la selva amazónica?
¿Qué tipo de bosque es la selva amazónica?
¿Cuántos kilómetros cuadrados tiene la cuenca del Amazonas?
¿Cuántas naciones hay en la cuenca del Amazonas?
¿Qué nación contiene la mayor parte de la selva amazónica?
¿Cuál es la estimación de la cantidad de especies arbóreas en la selva tropical amazónica?
¿Cuántos kilómetros cuadrados de la selva amazónica se perdieron en 1991?
En el año 2000, ¿cuántos kilómetros cuadrados de la selva amazónica se habían perdido?
¿Para qué se utiliza la mayor parte de la tierra despejada en la región amazónica?
¿En qué posición se encuentra Brasil a nivel mundial en la producción de soja?
¿Qué porcentaje de tierra despejada en la Amazonía se utiliza para el cultivo de ganado?
¿Para qué tipo de agricultores se construyeron las carreteras en la selva amazónica?
¿A qué dio lugar la creación de carreteras en la selva amazónica?
¿De cuántas millas cuadradas por año fue la tasa de tala de bosques entre 2000 y 2005?
¿Qué pasó con la tasa de deforestación en la región amazónica de Brasil entre 2004 y 2014?
¿Cuánto más alta fue la tasa de deforestación de 2000 a 2005, en comparación con 1995 a 2000?
¿Qué preocupa perder a los ambientalistas en la selva amazónica?
¿De qué se deriva la pérdida de biodiversidad, según los ambientalistas?
¿Qué es lo que preocupa a los ambientalistas que se haya liberado de la región amazónica?
¿Qué cantidad de carbono del mundo se almacena en la selva amazónica?
¿Cuántas toneladas métricas de carbono se cree que están almacenadas en la selva amazónica?
¿En qué año experimentó la Amazonia una sequía que puede haber sido más extrema que en 2005?
¿Cuántas millas cuadradas tuvo la región afectada por la sequía de 2010?
¿Cuántas áreas se vieron afectadas por la muerte de la vegetación en la sequía de 2010?
¿En qué año la parte sur de la selva amazónica se vio afectada principalmente por la sequía?
¿Cuántas toneladas de carbono se absorben en la Amazonía en un año normal?
¿Cuánto pueden comer los ctenóforos en un día?
¿Cuántas especies de ctenóforos han sido validadas?
¿Cuántas especies de ctenóforos no han sido descritas o designadas en su totalidad?
¿Cuántas especies de ctenóforos han sido validadas?
¿Cómo se llaman los tentáculos que han llamado los cidípidos?
¿Cuánta comida toma un ctenóforo en un día?
¿Qué no tienen los beroides costeros que tienen los otros ctenóforos?
¿Qué usan los beroides costeros como dientes?
¿Cuánto come un ctenóforo en un día?
¿Cómo se llaman los tentáculos pequeños de los cidípidos?
¿Qué usan los beroides como dientes?
¿Qué usan los cidípidos para capturar a sus presas?
¿Cuántas especies diferentes de ctenóforos hay?
¿Cuándo se produjo la extinción del Cretácico-Paleógeno?
¿Qué indican las pruebas que no son los cidípidos?
¿Qué edad tienen los fósiles encontrados que representan los ctenóforos?
¿Cuáles fueron los fósiles que se encontraron para representar los desaparecidos ctenóforos que tiene el ctenóforo actual?
¿Cuántos años tenían los fósiles que se creían que eran los ctenóforos?
¿Qué acontecimiento ocurrió hace 66 millones de años?
¿Qué son los cidípidos?
¿Qué tienen los ctenóforos actuales que los fósiles encontrados no tenían?
¿Cómo se llaman los pelos de los ctenóforos?
¿Para qué se usan los cilios?
¿Cómo se llaman las bandas de cilios?
¿Qué significa ctenóforo en griego?
¿Por qué los ctenóforos son extremadamente raros como fósiles?
¿Qué puede considerarse que representa Ediacaran eoandromeda?
¿Cómo se llamaba el período que transcurrió hace 505 millones de años?
¿Cuántas especies se encontraron en el esquisto de Burgess?
¿Qué les faltaba a los fósiles encontrados en el esquisto de Burgess?
¿De qué linaje son hermanos los ctenóforos según estudios recientes?
¿Cuál creen algunos investigadores que es el filo animal más diverso que existe?
¿Cuál es otro nombre para el West Side de Fresno?
¿En qué dirección se encuentra el barrio West Side de Fresno en la autopista 99?
¿De qué comunidad étnica es centro West Side de Fresno?
¿Cuáles son los dos principales grupos asiático-americanos que viven en el barrio West Side de Fresno?
¿Qué barrio se encuentra al oeste de la autopista 41?
¿A quién se debe el nombre de Kearney Boulevard?
¿Con qué tipo de árboles está revestido Kearney Boulevard?
¿Entre qué dos calles a lo largo de Kearney Boulevard residían antaño los afroamericanos ricos?
¿Cuál fue el nombre dado a una sección de Kearney Boulevard en un esfuerzo por cambiar la imagen de la zona?
¿Qué zona de Brookhaven sigue siendo conocida por sus altos niveles de delincuencia?
¿Cuántos hogares tienen niños menores de 18 años?
¿Cuál era el porcentaje de hogares en los que había una cabeza de familia mujer sin marido presente?
¿Cuántas parejas casadas o parejas de hecho del mismo sexo había?
¿Cuál era el tamaño promedio de las familias?
¿Cuál era el tamaño promedio de los hogares?
¿Qué ruta conecta Fresno con el Valle Central de California?
¿Cuál es otro nombre para la carretera estatal 168?
¿Cuál es otro nombre para la autopista Yosemite?
¿De qué dirección viene la carretera estatal 180 a través de Mendota?
¿Cuál es la ciudad más grande que no está conectada a una carretera interestatal?
¿En qué año se creó el sistema de carreteras interestatales?
¿Sobre qué ruta estatal se ha discutido para actualizarla a estándares interestatales?
¿Cuáles son los factores que están contribuyendo al deseo de que la estatal 99 se mejore para que cumpla con los estándares interestatales?
¿Qué incluye cada paquete en el modo sin conexión?
¿Cómo se enrutan los paquetes?
¿Qué se incluye con cada etiqueta de paquete?
¿Qué pasa con el paquete en el destino?
¿Cuándo entraron en funcionamiento ARPNET y SITA?
Dos diferencias entre las tecnologías X.25 y ARPNET CITA
¿Qué mide el protocolo de datagramas de usuario?
¿Qué tipo de red utiliza la X.25?
¿Qué es DECnet?
¿Qué hizo DECnet originalmente?
DEC originalmente tenía tres capas, pero ¿a cuántas capas evolucionó?
¿En qué se convirtió la fase II de DECnet?
¿Por qué se formó la red Merit en Michigan?
¿Qué completó la tríada?
¿Qué preparó el escenario para el papel de Merits en NSFNET?
¿Qué es Internet2?
¿Con quién se asoció Internet2?
¿Cómo se llamaba la primera red de Internet2?
¿Cómo se llamó la nueva plataforma tras retirarse Ableine?
¿A qué se le atribuyó originalmente la muerte negra?
¿Para quién fue escrito el informe médico?
¿Cuál es la teoría más reciente y más ampliamente aceptada para la propagación de la plaga?
¿Cómo se conoce oficialmente la teoría del aire viciado?
¿Qué son los clades?
¿Qué cepas de y. pestis se encontraron en las fosas comunes?
¿Qué sugieren las cepas de y. pestis sobre la plaga?
¿Cómo y cuándo entró en Europa la primera variante de y. pestis?
¿Cuándo llegó Y. pestis a Inglaterra?
¿Qué propone Graham Twigg sobre la propagación de la enfermedad?
¿Cuál era la teoría de Norman Cantor sobre la peste?
¿Qué enfermedades creen muchos científicos que contribuyeron a la pandemia de peste?
¿Qué es la septicemia?
¿Cuántos cuerpos exhumó el Departamento de Salud Pública de Inglaterra?
¿Cuántas personas murieron de peste en París en 1466?
La peste negra asoló Europa durante tres años, seguida de ¿qué país?
¿Qué brote se asoció con tropas en los treinta años de guerra?
¿Cuándo fue el último brote de la plaga?
¿Cuántas veces se produjo la peste en Venecia?
¿En qué años estuvo presente la peste en los países islámicos?
¿Cuántas personas fallecieron en Argel entre 1620 y 1621?
¿Cuánto duró la peste en el imperio otomano?
¿Cuántas personas, como mucho, han muerto de peste en Bagdad?
¿Por qué se necesita la segunda línea de tiempo?
¿Qué calendario se amplía en la cuarta escala?
¿Cuál es el nombre de la última época?
¿Durante qué periodo tiene lugar el Pleistoceno?
¿Qué principio se basa en la aparición de fósiles en las rocas sedimentarias?
¿Sobre qué principios se construyó el principio de la sucesión faunística?
El hecho de que no todos los fósiles puedan encontrarse globalmente al mismo tiempo hace que el principio se convierta en, ¿qué?
¿La presencia o ausencia de qué se puede utilizar para determinar la edad relativa de las formaciones en las que se encuentra?
El principio de sucesión faunística fue desarrollado 100 años antes de la teoría de la evolución ¿de quién?
¿Quién analiza las secciones estratigráficas, como los núcleos de perforación?
¿Qué tipo de estudios muestran la ubicación de las unidades estratigráficas en el subsuelo?
¿Qué se puede combinar con datos geofísicos para obtener una mejor visión del subsuelo?
¿Qué herramienta utilizan los estratigrafistas para ver sus datos en tres dimensiones?
¿Para qué tipos de extracción intentan localizar zonas los estratigrafistas?
¿Dónde cree Fielding H. Garrison que se puede rastrear la ciencia de la geología?
¿Cómo se llamaba, no de los primeros geólogos persas que vivió de 973 a 1048 d.C.?
En China, ¿cómo se llamaba la persona que infirió que la tierra estaba formada por la erosión de las montañas y por la deposición de limo?
¿Cómo se llamaba la persona que le propuso explicaciones sobre los orígenes de los terremotos y la formación de las montañas?
¿Qué llevó a Shen Kuo a creer que la tierra estaba formada por la erosión de las montañas?
¿A quién se considera el primer geólogo moderno?
¿Qué documento presentó James Hutton en 1785 a la Sociedad Real de Edimburgo?
¿En qué año publicó James Hutton una versión de dos volúmenes de sus teorías?
¿Cuál fue la idea principal del artículo de James Hutton?
¿Cuál fue el primer asentamiento registrado en lo que se convirtió en Newcastle?
¿Qué río fue originalmente un puente a través del cual se cruzaba en la época de los romanos?
¿Cuál era la población estimada de Pons Aelius alrededor del siglo II?
¿Qué pared tiene fragmentos visibles en lugares alrededor de Newcastle incluso hoy en día?
¿Qué tribus temían los romanos que invadieran desde el Norte?
¿Qué mercado anterior sustituyó el Mercado del Grainger?
¿Cuándo abrió el primer mercado interior de Newcastle?
¿Cuántos invitados asistieron a la cena de inauguración del Mercado del Grainger?
¿Cómo se documenta la apertura del Mercado del Grainger en la Galería de Arte Laing?
¿Quién catalogó la arquitectura del Mercado del Grainger como grado 1 en 1954?
¿En qué género musical está clasificado Lindisfarne?
¿En qué año fue lanzada la canción Fog on the Tyne?
¿Qué banda se considera por muchos como el primer grupo de black metal?
¿Qué banda se considera a menudo como el primer grupo de folk metal?
¿De qué grupo es exguitarrista principal el oriundo de Newcastle Andy Taylor?
¿Qué metro cubre gran parte de Tyne and Wear?
¿Cuántas fases abrió el Metro entre 1980 y 1984?
¿Qué tipo de túneles se construyen a través del centro de la ciudad de Newcastle?
¿Qué abrió la Reina Isabel II en Newcastle en 1981?
¿Cuántos pasajeros al año transporta la red ferroviaria de Newcastle?
¿Cuántas universidades tiene Newcastle?
¿Qué universidad tiene su origen en una escuela de medicina y cirugía?
¿Qué ganó la Universidad de Newcastle en 2000?
¿Qué ocurrió en 1992 en un proceso a nivel de todo el Reino Unido?
¿Qué universidad ganó el premio a la organización más capacitada en TI?
¿En qué exposición mundial tiene su origen el V&A?
¿Quién fue el primer director del V&A?
¿Cómo se llamaba originalmente el museo?
¿Adónde fue transferido el V&A desde su ubicación original en Marlborough House?
¿A qué arquitecto alemán se le pidió que diseñara el museo?
Aproximadamente, ¿cuántas obras de arte están incluidas en las colecciones de Extremo Oriente?
¿Qué países están representados en las colecciones de Extremo Oriente?
¿Cómo se llama la galería dedicada al arte chino?
¿En qué año se inauguró la galería dedicada al arte chino?
¿De qué dos dinastías datan la mayoría de las obras de arte chinas de las colecciones del Lejano Oriente?
Aproximadamente, ¿cuántos artículos hay en la colección de disfraces del V&A?
¿Qué departamento alberga las obras sobre papel de la colección de trajes?
¿Por qué la colección está dominada por ropa de moda hecha para ocasiones especiales?
¿En qué año recibió el V&A la colección Talbot Hughes?
¿De qué empresa es un regalo la colección Talbot Hughes?
Aproximadamente, ¿cuántos nombres fueron firmados en una petición en línea en el sitio web del Parlamento en respuesta al cierre de la galería de instrumentos musicales?
¿Qué miembro del Parlamento explicó cómo el museo preservaría la colección y la mantendría a disposición del público?
¿Qué museo recibiría objetos en préstamo de la galería de instrumentos musicales?
Aproximadamente, ¿cuántos instrumentos musicales fueron prestados al Museo Horniman?
¿En qué año se cerró la galería de instrumentos musicales?
¿En qué año John Sheepshanks donó una gran colección de pinturas?
¿Cuántas pinturas le dio John Sheeshanks al museo?
¿Cuál era el objetivo del considerable legado de John Sheepshanks al museo?
¿De qué famosa pintura británica donó en 1888 la hija de John Sheepshank un boceto al óleo a tamaño natural de 1821?
¿De qué nacionalidad eran los artistas de las pinturas donadas por John Sheepshanks?
¿En qué estaba enfocada la campaña centrada en Internet de ABC en el año 2000?
¿Quién fue contratado para producir la identidad 2001-02 de ABC?
¿De qué colores fue el logotipo de ABC de 2001?
¿Cuál es el apodo del logotipo de la campaña de 2000 de ABC?
¿Quién diseñó el nuevo diseño gráfico de ABC para 1998?
¿En qué año dejó ABC de usar su sintonía de cuatro notas para la promoción?
¿En qué campaña de imagen se basaba la nueva sintonía de cuatro notas de ABC?
¿Dónde está la sintonía de cuatro notas de ABC todavía en uso?
¿Quién fue nombrado presidente de ABC por Noble en 1950?
¿En octubre de 1954, Goldenson propuso una fusión entre UPT y qué red?
Bajo el plan de fusión de Goldenson, ¿cómo se llamaría la nueva entidad?
¿Cuánto dinero se destinaría a DuMont Television Network bajo el plan de fusión de Goldenson?
¿En qué década terminó ABC la transición al color?
¿Qué red pudo pasar a ocupar el primer lugar en las clasificaciones en los años 70?
¿Qué tipo de datos comenzó a utilizar ABC en la década de 1970 para dirigir mejor los anuncios y la programación a determinados públicos?
¿Qué porcentaje de televidentes en horario de máxima audiencia representaban las tres grandes cadenas en 1980?
¿Qué drama de Aaron Spelling debutó en ABC en los años 80?
¿Cuál fue el spin-off de Happy Days que debutó en la década de 1980 en ABC?
¿Qué canal lanzó ABC en 1981 que se centraba en la programación cultural y artística?
¿Cuál era la tribu de la mujer con la que se casó Temujin cuando tenía unos 16 años?
¿Quién secuestró a la primera esposa de Temujin poco después de casarse?
¿Quién ayudó a Temujin a rescatar a su esposa de los merkitas?
¿Cómo se llamaba la esposa de Temujin, el primer hijo de Börte?
¿En qué año dio a luz Börte a Jochi?
¿A quién apoyó Jamukha que no formaba parte de la base de poder de Temujin?
¿La proclamación de qué chamán ayudó al ascenso de Temujin?
¿Cuándo fue Temujin elegido khan de los mongoles?
¿Qué batalla perdió Temujin contra Jamukha poco después de su elección como khan?
¿Dónde estaba exiliado el patrón de Temujin, Toghrul?
¿Cuál es el nombre mongol para el lugar original del mausoleo de Genghis Khan?
¿Qué monasterio budista acogió el mausoleo de Genghis Khan durante la ocupación japonesa?
¿Adónde trasladaron los nacionalistas chinos el mausoleo para que no avanzaran las fuerzas comunistas chinas?
¿Cuándo fue devuelto el mausoleo al Recinto del Señor en Mongolia?
¿Que destruyó las reliquias más valiosas del mausoleo durante la Revolución Cultural?
¿Qué mar bordeaba el imperio de Genghis Khan al este cuando murió?
¿Qué masa de agua estaba al oeste del Imperio Mongol cuando murió Genghis Khan?
¿Quién lideró la expansión más rápida del Imperio Mongol?
¿En qué año concluyó el conflicto con la dinastía Song?
¿Qué descendiente de Genghis Khan saqueó Bagdad?
¿Quién detuvo el avance de Hulagu Khan a través del Medio Oriente?
¿Cuál de los descendientes de Genghis Khan expulsó a los mamelucos de Palestina?
¿En qué año el nieto de Genghis Khan invadió Kievan Rus'?
¿Qué ciudades importantes de Europa del Este no fueron destruidas por la invasión mongola?
¿Quién supervisa a un técnico farmacéutico en el Reino Unido?
¿Con qué organismo debe registrarse un técnico farmacéutico?
¿Cuál es un deber principal del GPhC?
¿Qué tipo de profesional se considera un técnico de farmacia?
¿Qué tipo de responsabilidades puede tener un técnico farmacéutico?
¿Cuáles fueron los desarrollos en los que los científicos influyeron en la creación de la farmacología en el Islam medieval?
¿Quién influyó en la promoción del uso de compuestos químicos como medicamentos?
¿Quién es el autor de Liber Servitoris?
¿Quién escribió sobre la destilación del agua potable del agua de mar?
¿Qué dos compuestos diferenció Al-Muwaffaq?
¿A qué está sujeto el dispensario en la mayoría de los países?
¿A qué responsabilidades se limitaban anteriormente los técnicos de farmacia?
¿De qué dependen cada vez más los técnicos farmacéuticos?
¿Cuáles son las nuevas responsabilidades de los técnicos de farmacia?
¿Qué exige la legislación farmacéutica?
¿Qué es lo que más le interesa al farmacéutico consultor?
¿Dónde tiende a trabajar la mayoría de los farmacéuticos consultores?
¿Cuáles son algunas de las grandes compañías de administración de farmacias?
¿Cuál es la principal razón por la que los farmacéuticos consultores trabajan cada vez más directamente con los pacientes?
¿Qué hacen algunas farmacias comunitarias?
¿Cómo se regulan los farmacéuticos en la mayoría de las jurisdicciones?
¿Quiénes dicen la mayoría de las jurisdicciones que pueden dar al público los medicamentos programados?
¿Qué organismo ha declarado que los médicos también pueden dispensar medicamentos en condiciones específicas?
¿Qué proporción de médicos se estima que administran medicamentos por su cuenta?
¿Qué tienen prohibido hacer los farmacéuticos?
¿Qué puede derivarse de los trastornos del sistema inmunológico?
¿Cuándo se produce la inmunodeficiencia?
¿Qué causa la inmunodeficiencia?
Nombre una de las causas de la inmunodeficiencia.
Nombre una enfermedad autoinmune común.
¿Qué sucede cuando el sistema inmunológico está menos activo de lo normal?
¿Cuál es el término para un sistema inmunológico hiperactivo que ataca los tejidos normales?
¿Qué campo involucra el estudio del sistema inmunológico?
¿Qué enfermedad adquirida produce inmunodeficiencia en los seres humanos?
¿Cuáles son los medicamentos antiinflamatorios más potentes?
¿Con qué clases de medicamentos se utilizan a veces dosis bajas de antiinflamatorios?
¿Cuáles son dos ejemplos de medicamentos citotóxicos o inmunosupresores?
¿Cuál es un ejemplo de un medicamento inmunosupresor que previene la actividad de las células T al alterar las vías de transducción de la señal?
¿Cuáles son ejemplos de células efectoras diferenciadas que alcanzan su punto máximo durante los períodos de vigilia?
¿Cuáles son las dos moléculas antiinflamatorias que alcanzan su punto máximo durante las horas de vigilia?
¿A la presencia de qué molécula se debe la inflamación durante las horas de sueño?
¿De qué puede contrarrestar la melatonina activamente su producción?
¿Qué moléculas del sistema inmunológico adaptativo solo existen en los vertebrados maxilares?
¿Cuáles son dos ejemplos de vertebrados primitivos sin mandíbula?
¿Cómo se conoce al conjunto de receptores de los primitivos vertebrados sin mandíbula?
¿De qué parte del sistema inmunológico se produjo la evolución en el antepasado evolutivo de los vertebrados maxilares?
¿Cuál es el proceso por el cual se evade el sistema inmunológico adaptativo mediante el encadenamiento de los llamados epítopos no esenciales?
¿Cuál es un ejemplo de un virus que utiliza variación antigénica?
¿Cuál es un ejemplo de un parásito que utiliza la estrategia de variación antigénica para evadir la destrucción?
¿Qué compuestos pueden enmascararse con las moléculas de la célula huésped para que un virus evite ser detectado?
Después de la masacre de Peterloo, ¿qué poeta escribió La masacre de la anarquía?
¿De qué tipo de protesta se considera su poema pionero?
Inspirada por Shelley, ¿cómo se llamaba la doctrina de Gandhi?
Gandhi a menudo hacía referencia al poema de Shelley en sus esfuerzos por hacer, ¿qué?
¿Qué autor famoso usó la similitud y semejanza de Percy Shelly en sus escritos?
¿Quién escribió el poema La marca de la anarquía?
¿Para protestar contra qué se escribió La Marca de la Anarquía?
¿Cuál fue el principio que se mostró en La Marca de la Anarquía?
¿Cómo se llamaba el trabajo de Ghandi?
¿Qué famoso indio practicó la desobediencia civil?
¿Cómo se llama cuando hay un intento activo de derrocar un gobierno o un sistema de creencias?
¿Qué grupo de personas cometió desobediencia civil revolucionaria contra el gobierno austriaco?
¿Bajo la dirección de qué persona los húngaros llevaron a cabo esta desobediencia civil?
La desobediencia civil revolucionaria hacia la cultura se pone de relieve con el ejemplo de, ¿quién?
¿A qué otros temas puede pertenecer la desobediencia civil?
¿Cuál es una forma simple de desobediencia civil?
¿Por qué una persona elegiría la desobediencia civil contra leyes específicas?
¿Cuál es el objetivo de la desobediencia civil individual?
¿Qué tipo de desobediencia civil es de mayor escala?
¿Qué famosas acciones de los indios fueron consideradas desobediencia civil?
Boicotear, negarse a pagar impuestos, las sentadas o la insumisión, ¿qué hacen más difícil?
Nombre una forma en la que la organización de Plowshares cerró temporalmente GCSB Waihopai.
Nombre la otra manera en que la organización de Plowshares cerró temporalmente.
¿De qué manera argumenta Brownlee que las personas se comportan a veces para que se escuche su problema?
Cuando grandes grupos de personas boicotean un sistema o no pagan impuestos, ¿se puede considerar?
¿Cuál es un tipo de desobediencia contra el gobierno federal?
¿Qué efecto secundario de este tipo de protestas es desafortunado?
¿Qué objetivo tienen muchas de estas protestas?
¿Cómo se puede protestar contra las grandes empresas de una manera no violenta?
¿Qué sienten algunas personas desobedientes civiles la necesidad de reconocer?
¿Por qué es necesaria la aceptación del castigo?
¿Contra qué protestan algunas personas?
¿Cómo se llama el grupo que no está de acuerdo con el gobierno en absoluto?
¿Por qué razón los anarquistas no quieren aceptar el castigo?
¿Qué tipo de castigo se ofrece a veces a los desobedientes civiles?
¿Cuál es generalmente la meta de aceptar un acuerdo de culpabilidad?
Cuando se detiene a mucha gente, ¿cuál es una táctica común de negociación?
¿Qué tipo de súplica se toma a veces como un acto de desobediencia?
¿Qué famoso indio se declaró culpable y se puso a merced de los tribunales?
¿Cuál es el proceso de construcción de un edificio o infraestructura?
¿Qué implica normalmente la producción en masa de artículos similares sin un comprador determinado?
¿Qué porcentaje del producto interior bruto comprende la construcción?
¿Cuáles son las tres cosas que se necesitan para que se lleve a cabo la construcción?
La construcción se lleva a cabo en un lugar determinado, ¿para quién?
¿Qué es Engineering News-Record?
¿Qué compila y presenta datos sobre el tamaño de las empresas de diseño y construcción?
¿En qué año ENR recopiló datos en nueve segmentos de mercado?
¿De qué usó datos ENR para clasificar a las 400 empresas más importantes como contratistas?
¿Cuáles son los tres subsectores de la construcción?
¿De qué hay otras categorías?
¿Cuál es el sistema de clasificación de las empresas constructoras?
¿Qué son los directores de construcción?
La tendencia moderna en el diseño es hacia la integración, ¿de qué?
Incluso en empresas grandes, ¿qué solían ser los arquitectos, diseñadores de interiores, ingenieros, desarrolladores, gerentes de construcción y contratistas en general?
En los tiempos modernos, ¿como qué se pueden ofrecer las empresas para un proyecto de construcción?
¿Qué tipo de contrato se da cuando el contratista recibe una especificación de rendimiento y debe llevar a cabo el proyecto desde el diseño hasta la construcción, respetando al mismo tiempo las especificaciones de rendimiento?
¿A qué debe ajustarse un proyecto?
¿A quién no beneficia la construcción de un proyecto que no se ajuste a los códigos?
¿Qué es el malum in se?
¿Qué son las consideraciones de malum prohibitum?
¿Quién puede solicitar cambios o exenciones en la ley que rige el terreno donde se construirá el edificio?
¿Cómo se llaman las escuelas secundarias privadas en Alemania?
¿Qué tipo de escuelas son las más ergänzungsschulen?
¿Cómo se financian las ergänzungsschulen?
Junto con los particulares y las organizaciones, ¿qué grupos a veces dirige ergänzungsschulen?
¿Cuál es el término para una escuela privada india?
Junto con el CISCE y NENBSE, ¿cuál es una junta examinadora notable en varios estados de la India?
¿Cuántas juntas de examen existen en la India?
¿Qué organismo de la India proporciona directrices de política a las escuelas?
¿Qué ley sudafricana reconoce dos tipos de escuelas?
¿En qué año se aprobó la Ley de Escuelas de Sudáfrica?
Junto con las escuelas públicas, ¿qué tipo de escuela se reconoce en la Ley de Escuelas de Sudáfrica?
En Sudáfrica, junto con las escuelas privadas, ¿qué escuelas están clasificadas como independientes?
¿En qué siglo establecieron los misioneros escuelas eclesiásticas en Sudáfrica?
Después del apartheid, ¿qué tipo de escuelas se denominan escuelas "modelo C"?
¿Cómo se comparan los resultados académicos en las escuelas Modelo C anteriores con los de otras escuelas?
¿Cómo se comparan las tasas en las antiguas escuelas Modelo C con las de otras escuelas?
¿Qué caso judicial desagregó las escuelas en Estados Unidos?
¿Cuál es un término despectivo para las academias cristianas que surgieron a raíz de la desagregación escolar?
¿En qué parte de los Estados Unidos se trasladaron muchos estudiantes a las academias cristianas durante el período de desagregación?
¿Cuál fue la principal raza de estudiantes que asistieron a las academias cristianas después de la decisión de Brown?
La desagregación escolar en Estados Unidos condujo a un aumento en el número de estudiantes en las escuelas públicas, ¿de qué etnia?
¿Cuál es la ciudad importante de EE. UU. en la que se encuentra la universidad?
¿Cuál es el tamaño de la dotación de la escuela?
¿Qué río se encuentra en las cercanías de la escuela?
¿Cuántas unidades académicas componen la escuela?
¿Cuál es el nombre de la zona en la que se encuentra el campus principal en Cambridge?
¿Dónde se encuentra el estadio de Harvard?
¿Cómo se llama el puente que une partes del campus del río Charles?
¿Dónde se encuentran las Facultades de Medicina, Odontología y Salud Pública de Harvard?
¿Cuándo fue la desinversión del movimiento sudafricano?
¿De qué vicecónsul sudafricano bloquearon los estudiantes de Harvard el discurso?
¿En qué medida la dirección de Harvard redujo sus acciones en Sudáfrica en respuesta a la presión?
¿Cuál es la tasa de admisión de los solicitantes para la clase de 2019?
¿En qué año terminó Harvard su programa de admisión anticipada?
¿Por qué terminó Harvard su programa de admisión anticipada?
¿En qué año se reintrodujo un programa de admisión anticipada?
¿Qué secretario de la ONU fue a Harvard?
¿Qué presidente de Columbia fue a Harvard?
¿Quién es el presidente de Costa Rica que fue a Harvard?
¿Qué antiguo alumno de Harvard fue primer ministro palestino?
¿Qué ciudad de Florida tiene la mayor población?
¿Cuál fue la población de la ciudad de Jacksonville en 2010?
Teniendo en cuenta solo la población, ¿cuál es la clasificación de Jacksonville en Estados Unidos?
¿En qué condado reside Jacksonville?
¿En qué año la consolidación hizo que Jacksonville se integrara en el Condado de Duval?
¿Qué río corre a lo largo de Jacksonville?
¿A qué distancia está Jacksonville de Miami?
¿Cuál es el nombre de la colonia francesa establecida en 1564?
Antes de la llegada de los franceses, la zona ahora conocida como Jacksonville estaba habitada anteriormente por ¿qué pueblo?
¿A qué personaje histórico le debe su nombre Jacksonville?
¿Quién cartografió el río St. Johns en 1562?
¿Para qué nación reclamó Ribault inicialmente lo que ahora es Jacksonville?
¿Quién dirigió el ataque de la colonia francesa en 1565?
¿Por qué se cambió el nombre de Fort Caroline después del ataque español?
¿Qué fuerte fue reconstruido en 1964?
¿Qué impulsó a los residentes a tener una vivienda suburbana más tranquila?
¿Cuál era la población blanca de Jacksonville en 2010?
¿Qué término se refiere a los ciudadanos de clase media que abandonan los suburbios?
¿Quién fue responsable de los nuevos proyectos de construcción en Jacksonville?
¿Después de qué acontecimiento mundial importante Jacksonville comenzó a sufrir y a decaer?
¿Qué tormenta tuvo el impacto más significativo en Jacksonville?
¿Con qué velocidad soplaron los vientos alrededor de San Agustín en el huracán de 1964?
¿Cómo se llama la tormenta que azotó Jacksonville en mayo de 2012?
¿Cuál es la escala utilizada para medir la fuerza de los huracanes llamados?
¿En qué año causó una tormenta tropical una pérdida de energía de cuatro días a Jacksonville?
¿Qué presentó Stiglitz en 2009 con respecto a la desigualdad mundial?
¿Cómo impide la desigualdad el crecimiento?
¿Qué son Branko Milanovic y Joseph Stiglitz?
¿Cuál ha sido la razón principal del cambio a la opinión de que la desigualdad de ingresos perjudica el crecimiento?
¿Cuál es el secreto del crecimiento económico?
¿Cuándo mostraron Galor y Zeria nueva información sobre la desigualdad?
La desigualdad en presencia de las imperfecciones del mercado crediticio, ¿qué tipo de efecto tiene sobre la formación de capital humano?
¿Qué examinó un estudio de 1996 de Perotti?
¿Con niveles más altos de qué se relaciona la desigualdad?
¿Qué tienden a ser las sociedades extremadamente desiguales?
¿Qué estudios sobre la desigualdad de ingresos han encontrado a veces pruebas que lo confirmen?
La curva de Kuznets dice que con el desarrollo económico, la desigualdad disminuirá después de ¿qué?
¿Quién cuestiona la noción de la hipótesis de la curva de Kuznets?
¿Cuál es el trabajo de Thomas Piketty?
¿Qué cree Piketty que fueron los factores más importantes para reducir la desigualdad entre 1914 y 1945?
¿Cuándo se desarrollaron las teorías que sugieren que la desigualdad puede tener algún efecto positivo en el desarrollo económico?
De acuerdo con una revisión de 1955, ¿cuáles eran los ahorros que los ricos pensaban compensar?
¿Qué sugiere un informe de 2013 sobre el crecimiento de Nigeria?
¿Cuánto tiempo se necesita para que los efectos se manifiesten como cambios en el crecimiento económico?
¿Con qué se asocian los períodos de crecimiento más prolongados?
¿Qué hay que hacer para asegurar que los miembros más pobres de la sociedad puedan participar en el crecimiento económico?
¿De qué puede depender la elasticidad de crecimiento de la pobreza?
¿Qué tarda más tiempo en lograr un país con alta desigualdad?
¿De qué era Secretario General Ban Ki-Moon?
¿En qué no es suficiente el crecimiento económico para avanzar?
¿Con qué frecuencia viaja el Doctor Who solo?
¿Qué enemigo del Doctor Who también es un Señor del Tiempo?
¿Qué hace el Doctor Who cuando su cuerpo está mortalmente dañado?
¿Qué tipo de seres se lleva el Doctor Who en sus viajes?
¿Qué tipo de Señor es el Doctor Who?
¿Cómo se llama la primera serie de Doctor Who?
¿Cuál es el nombre de la nieta del Doctor Who?
¿En qué año dijo el Doctor Who que era el último Señor del Tiempo?
En 2005, ¿cuál era la condición de su planeta natal?
¿En qué episodio el Doctor Who reconoció haber tenido un hermano?
Desde 2005, ¿cuál es el sexo del principal compañero de viaje de Doctor Who?
¿Quiénes fueron los compañeros secundarios de los Doctores Noveno y Décimo?
¿Quién fue el primer médico que viajó con una pareja casada?
¿Quién es el nuevo compañero para la 10.ª serie del resurgimiento?
¿Quién interpretó a la compañera llamada Donna Noble?
¿Quién fue el colaborador musical más frecuente del Doctor Who en los primeros 15 años de la serie?
¿Cómo se llamaba el episodio de la primera partitura de Doctor Who de Simpson?
¿En qué décadas estuvo Dudley Simpson más activo en contribuir a Doctor Who?
¿Cuál fue el último episodio de Doctor Who para el que Dudley Simpson escribió música?
¿En qué episodio Dudley Simpson interpretó a un director musical?
¿Quién interpretó al Doctor Who en escena en los años 70?
¿Cómo se llamaba la obra del Doctor Who de los años 80?
¿Qué Doctor Who fue escrito sin el Doctor Who en él?
¿Cómo se llamaba la obra representada en los años 70?
¿Qué actor fue el sustituto de Doctor Who debido a la enfermedad del actor principal?
¿Cuáles son los primeros edificios que se conocen en la universidad a día de hoy?
¿Cuántos cuadrángulos tienen los cuadrángulos principales?
¿Quién ayudó a diseñar los cuadrángulos principales?
¿La torre Mitchell está diseñada para parecerse a la torre de Oxford?
¿Hutchinson Hall se diseñó para parecerse a Oxford Hall?
¿Durante qué década el campus comenzó a parecer más moderno?
¿Quién fue asignado para diseñar un segundo plan maestro?
¿Qué administración designó Ludwig Mies van der Rohe para construir?
¿Qué escuela de política pública encontró su hogar en el edificio que diseñó Ludwig Mies van der Rohe?
¿Cuándo se construyó el Centro de Atletismo Gerald Ratner?
¿Cuál es el nombre de la escuela privada diurna para estudiantes de K-12 que dirige la universidad?
¿Cuál es el nombre del programa de tratamiento residencial que ejecuta la universidad?
¿Cuántas escuelas públicas chárter lleva la universidad?
¿Qué ayuda a ejecutar el Urban Education Institute?
¿Dónde está ubicada la Hyde Park Day School?
¿Qué director general de Microsoft es también un exalumno de la Universidad de Chicago?
¿Quién fue el fundador de Oracle Corporation?
¿Quién es el tercer hombre más rico de Estados Unidos?
¿Qué director general de Goldman Sachs también es alumno de la Universidad de Chicago?
¿Quién fundó McKinsey & Company?
¿Qué ganador del Premio Nobel de Ciencias Económicas es también miembro de la universidad?
¿Qué asesor del primer ministro británico también es miembro de la universidad?
¿Quién fue el primer estadounidense en ganar el Premio Nobel de Ciencias Económicas?
¿Qué miembro de antiguos alumnos universitarios era conocido por su trabajo en la teoría del portafolio?
¿Cuándo se estaba quedando sin dinero el gobierno de Kublai?
¿Qué interfirió en la segunda invasión de Kublai a Japón?
¿Dónde gobernó la dinastía Tran?
¿En qué batalla fueron derrotados los mongoles por los Tran?
¿Cuándo fueron derrotados los mongoles por los Tran?
¿Quién era el hijo de Ayurbarwada?
¿Cuándo fue Geegen el emperador?
¿A quién nombró Gegeen como gran canciller?
¿Qué significa 'Da Yuan Tong Zhi'?
¿Cuántos príncipes rivales estuvieron involucrados en el asesinato de Gegeen?
¿Qué culturas formaron parte de la administración de Kublai?
¿Qué dinastías inspiraron los elementos chinos del gobierno de Kublai?
¿Quiénes eran dos de los asesores chinos de Kublai?
¿Qué tipo de división de poder tenía el gobierno de Kublai?
¿Cuáles fueron las tres partes del gobierno de Kublai?
¿Qué era huihui?
¿Quién fundó la Oficina de Medicina Occidental?
¿Cuándo se fundó la Oficina de Medicina Occidental?
¿Qué aspecto de la medicina occidental no les gustaba a los chinos?
¿Qué filosofías subyacen a la medicina china?
¿Quién pensó que el sistema de clases sociales del Yuan no debería llamarse clases sociales?
¿Qué pensaba Mote que representaba realmente el sistema de clases Yuan?
¿Con qué estado inesperado había muchos chinos?
¿Con qué estado inesperado había muchos mongoles?
¿Qué puesto ocupa Kenia en la escala del IPC?
¿Qué mide la escala del IPC?
¿Qué puesto ocupa Kenia en la escala en 2012?
¿Cómo controla Kenia la corrupción?
¿Cuándo firmaron Kibaki y Odinga un acuerdo sobre la formación del gobierno?
¿Cuál sería el papel de Odinga en el gobierno?
¿De dónde nombró el presidente a los miembros del gabinete?
¿Cómo se determinó cuántos se nombrarían de cada facción?
¿Cuánto duraría esta coalición?
¿Cuál fue el resultado de las elecciones de 2007?
¿Quién decidió no visitar el país en 2013?
¿Qué visita realizó Kenyatta por invitación del presidente?
¿Cuándo visitó Obama a Kenia finalmente?
¿En qué sector trabajan la mayoría de los niños?
¿Qué porcentaje de niñas se dedican a la prostitución en las zonas costeras de Kenia?
¿Cuál es el rango de edad de la mayoría de las prostitutas en Kenia?
¿Cuáles son algunas de las causas del trabajo infantil?
¿En qué deportes participan los kenianos?
¿Por qué es conocido el país?
¿Quién domina el mundo de las carreras de larga distancia?
¿Con qué países compite Kenia para correr largas distancias?
¿Quién es el presidente del IPCC?
¿De qué nacionalidad es Hoesung Lee?
¿Quién es el vicepresidente del IPCC?
¿Quién fue el primer presidente del IPCC?
¿Cuándo renunció Pachauri como presidente del IPCC?
¿Qué dice el informe del WG I Summary for Policymakers que las actividades humanas están haciendo a los gases de efecto invernadero?
¿Qué causa el aumento de los gases de efecto invernadero?
¿Cuánto del efecto invernadero se debe al dióxido de carbono?
¿Cómo se llama el escenario en el que no cambiamos nuestras prácticas de creación de gases de efecto invernadero?
¿Cuánto ha cambiado la temperatura media global del aire en la superficie en el siglo pasado?
¿Qué dijo el IPCC que estaba equivocado?
¿Por qué se disculpó el IPCC?
¿Cuál fue la fuente del error?
¿Qué informe tenía la fecha correcta?
¿Cuándo se publicó el artículo en el que se basaba el gráfico de "reconstrucción de la temperatura del hemisferio norte milenario"?
¿Quién escribió el documento en el que se basó el gráfico "Reconstrucción de la temperatura del hemisferio norte milenario"?
¿Cuál es el apodo para el gráfico "Reconstrucción de temperatura del hemisferio norte milenario"?
¿Qué reconstrucciones respaldaron la información del documento de 1999?
¿Qué ha tratado con éxito el agotamiento del ozono?
¿Qué trató de abordar el Protocolo de Kyoto?
¿De quién son los objetivos que con frecuencia se oponen al IPCC?
¿En qué tipo de célula entraron las cianobacterias hace mucho tiempo?
¿Hace cuánto tiempo entraron las cianobacterias en una célula?
¿Qué rodea a los cloroplastos?
¿Qué tipo de membrana vino del huésped?
¿Qué sucedió cuando se asimilaron las cianobacterias?
¿Qué significa 'plástido'?
¿Cuántos linajes de cloroplastos hay?
¿Qué significa rodófito?
¿Qué significa cloroplástida?
¿Qué linaje incluye plantas terrestres?
¿Cómo se abrevia el ADN del cloroplasto?
¿Cuál es un sinónimo de cloroplasto de ADN?
¿Cuándo se descubrió el plastoma?
¿Cuándo se secuenció el primer plastoma?
¿Quién secuenció el primer plastoma?
¿Qué nos muestran los cloroplastos perdidos?
¿Qué prueban los genes donados?
¿Qué tipo de cloroplastos tienen las diatomeas?
¿Qué tipo de cloroplastos tenían las diatomeas que luego perdieron?
¿Qué evidencia hay de que los cloroplastos descienden de las cianobacterias endosimbióticas?
¿Qué se piensa incorrectamente sobre la membrana externa de cloroplasto?
¿Cómo se comparan ambas membranas de cloroplasto con las membranas dobles originales de la cianobacteria?
¿Cuál es el único divisor además de 1 que puede tener un número primo?
¿Cómo se llaman los números mayores de 1 que se pueden dividir por 3 o más números?
¿Qué teorema define el papel principal de los primos en la teoría de números?
¿Como producto de qué se puede representar cualquier número mayor que 1?
¿Por qué el uno debe ser excluido para preservar la unicidad del teorema fundamental?
¿Cuál es el nombre de la propiedad que designa un número como primo o no?
¿Cuál es el nombre del proceso que confirma la primalidad de un número n?
¿Cuál es el nombre de un algoritmo útil para probar adecuadamente la primalidad de los números grandes?
¿Cuál es el nombre de otro algoritmo útil para probar adecuadamente la primalidad de los números grandes?
A fecha de enero de 2016, ¿cuántos dígitos contiene el primo más grande conocido?
¿Qué conjetura sostiene que hay una cantidad infinita de primos gemelos?
¿Qué es un "primo gemelo"?
¿Qué conjetura sostiene que para cualquier número entero positivo n, hay una cantidad infinita de pares de primos consecutivos que difieren en 2n?
¿De qué forma es la infinita cantidad de primos que componen los casos especiales de la hipótesis de Schinzel?
¿Qué conjetura sostiene que siempre hay un mínimo de 4 primos entre los cuadrados de primos consecutivos mayores de 2?
¿Qué sugiere generalmente la palabra "primo"?
Para un campo F que contenga 0 y 1, ¿cuál sería el campo primario?
¿Cómo se puede indicar un nudo de forma distintiva?
¿Cuál es un significado adicional cuando se usa la palabra "primo"?
¿Qué significa que un nudo se considere indescomponible?
¿Qué sucede con la norma cuando un número se multiplica por p?
¿Hacia o desde qué pueden transferirse los campos globales generales?
¿Con respecto a qué completar Q producirá el campo de los números reales?
¿Qué principio destaca la importancia de los primos en la teoría de números?
¿Qué fluye entre Bingen y Bonn?
¿Qué garganta hay entre Bingen y Bonn?
¿Cómo se formó la garganta del Rin?
¿Cómo se llama la zona cerca de la garganta del Rin con castillos de la Edad Media?
¿Qué fluye entre Bingen y Bonn?
¿Dónde fluye el Rin Medio entre Bingen y Bonn?
¿Por qué es conocida la garganta del Rin?
¿Cómo se llama la sección de la garganta del Rin reconocida por la UNESCO?
¿Cómo se llama el Delta en los Países Bajos?
¿Dónde comienza el Delta en los Países Bajos?
¿Cuál es el apodo para el Delta en los Países Bajos?
¿Cuándo comenzó el último glaciar?
¿Cuándo terminó el último glaciar?
¿En qué dirección fluyó el Rin durante la última fase fría?
¿Cuánto más bajo era el Mar del Norte en la última fase fría que en la actualidad?
Además del Mar del Norte y el Canal de Irlanda, ¿qué más se redujo en la última fase fría?
¿Cuándo empezó a calentarse lentamente Europa desde la última Edad de Hielo?
¿Qué empezaron a hacer el subsuelo congelado y los glaciares alpinos expandidos?
¿Adónde fue la descarga de los glaciares en Europa en la última Edad de Hielo?
¿Cuándo comenzó el calentamiento rápido y ayudó a la vegetación?
¿Cuándo estaba Europa completamente cubierta de bosques y recuperada de la última Edad de Hielo?
¿Cuándo se sometió Renania al Tratado de Versalles?
¿Cuándo abandonarían la ocupación de Renania los aliados?
Después de 1935, ¿a quién se le prohibiría entrar en Renania?
¿A qué creen algunos que contribuyó el Tratado de Versalles?
¿Cuándo volvió a ocupar Renania el ejército alemán?
¿Dónde se crearía una asamblea electa, en virtud de la Ley de Escocia de 1978?
¿Cuántos de los electores escoceses tendrían que votar a favor en el referéndum?
¿Qué porcentaje votó a favor de una Asamblea escocesa?
¿Cómo fue en 1979 el intento de establecer una Asamblea escocesa descentralizada?
¿Qué porcentaje de la población con derecho a voto de Escocia no votó realmente?
¿Dónde se realiza gran parte del trabajo del Parlamento escocés?
¿Qué son las comisiones del Parlamento escocés en comparación con otros sistemas?
¿Para compensar qué desempeñan los comités un papel tan importante?
¿Qué es para los comités obtener pruebas de los testigos?
¿Dónde podrían reunirse las comisiones fuera del Parlamento?
¿Qué se establece para examinar las proposiciones de ley presentadas por personas ajenas al partido?
¿Qué tema suelen tener las proposiciones de ley?
¿Quién decide cómo se permite el uso de la tierra o de la propiedad?
¿Qué tipo de comité consideró la legislación sobre el desarrollo de la red de tranvías de Edimburgo?
¿Cuál es el nombre de los asuntos que están fuera de la capacidad legislativa del Parlamento escocés?
¿Quién no puede tratar los temas que se tratan en Westminster?
¿Dónde se legislan temas como el aborto y la política de medicamentos?
¿Quién se ocupa de la mayor parte de los aspectos de la seguridad en el transporte?
¿Qué comparte el ser Miembro del Parlamento de Escocia con la Cámara de los Comunes?
¿Cuándo se aprobó la Ley de Nacionalidad Británica?
¿Cuántos años tiene una persona para solicitar ser Miembro del Parlamento de Escocia?
¿De qué organizaciones están descalificados los miembros del Parlamento de Escocia como miembros electos?
¿Qué ley establece el término para juzgar los límites de la cordura a los que deben atenerse las personas que desean formar parte del Parlamento de Escocia?
¿Qué tipo de papel busca el islamismo para convertirlo en un concepto algo controvertido?
¿Qué creen los partidarios del islamismo que reflejan sus puntos de vista?
¿Quién no puede aceptar la idea de que el Islam puede ser apolítico?
¿Qué es lo que la incapacidad de separar el Islam del islamismo lleva a muchos en Occidente a apoyar?
¿Qué tratan de separar los progresistas moderados del Islam?
¿Qué tipo de movimiento son los Hermanos Musulmanes?
¿Con qué tipo de gobiernos locales se compara bien la jurisdicción de los Hermanos Musulmanes?
¿Por qué tipo de ayuda a los estudiantes de fuera de la ciudad son conocidos los Hermanos Musulmanes?
¿A qué se limita el compromiso de un gobierno incompetente con la justicia social?
¿Por qué los Hermanos Musulmanes han facilitado ceremonias de matrimonio en masa de bajo coste?
¿Qué estudiaba Iqbal en Inglaterra y Alemania?
¿A qué organización se unió Iqbal en Londres?
¿De quién era Iqbal crítico?
¿En qué año regresó Iqbal a Lahore?
¿Como qué libro fueron publicadas las siete conferencias en inglés de Iqbal?
¿Qué tipo de régimen gobernó Sudán durante muchos años?
¿Quién era el líder del régimen islamista en Sudán?
¿A qué organización invitó el general Gaafar al-Nimeiry a los miembros de su gobierno?
¿Cómo construyó Turabi una base económica sólida?
¿Dónde colocó Turabi a los estudiantes que simpatizaban con sus puntos de vista?
¿Qué tipo de grupo es el Estado Islámico?
¿Quién dirige el Estado Islámico?
¿Cuántas personas controlaba el territorio del Estado islámico a partir de marzo de 2015?
¿Qué carece el Estado islámico de la comunidad internacional?
¿Qué se proclamó el Estado islámico en 2014?
¿Dónde nació Friedrich Ratzel?
¿Dónde nació Halford Mackinder?
¿Qué clase de geógrafos eran Halford Mackinder y Friedrich Ratzel?
¿Qué pensaba Friedrich Ratzel que el imperialismo era para el país?
¿Cómo apoyaban las sociedades geográficas de Europa a determinados viajeros?
¿Orientalismo se refiere a cómo Occidente desarrolló un qué de Oriente?
Los primeros textos de Occidente que hacen referencia al Oriente describen a la gente como, ¿qué?
¿Occidente veía a Oriente como qué?
¿Qué utilizó Occidente para justificar el control sobre los territorios orientales?
¿Cómo se veía a sí mismo Occidente en comparación con Oriente?
Cuando el imperialismo afecta a las normas sociales de un estado, ¿cómo se llama?
¿A qué se refiere a menudo el imperialismo cultural?
¿Qué programa estadounidense cambió la visión de los rumanos durante la guerra fría?
¿Qué imperio histórico utilizó el imperialismo cultural para influir en las élites locales?
¿Cómo luchan los regímenes contra el imperialismo cultural?
Algunos discuten que hay una correlación entre el capitalismo, el imperialismo, y ¿qué?
¿Cuándo se reflexionó sobre el complejo político-militar en el ámbito de la comprensión del imperialismo?
¿Cuándo estuvieron Joseph Schumpeter y Norman Angell en su período de escritura más prolífico?
¿Qué cosa internacional argumentó Hobson que era el imperialismo?
¿Cómo argumentaba Hobson para librar al mundo del imperialismo?
¿Cuándo tomó Francia el control de Argelia?
¿Cuándo comenzó Francia en serio a reconstruir su imperio global?
¿Qué religión difundieron los franceses junto con su imperialismo?
¿En qué se centraron los esfuerzos de Francia para reconstruir su imperio?
¿Cuándo volvieron los republicanos franceses a construir el imperio francés?
¿Cuándo comenzó el movimiento que se convertiría en la Iglesia Metodista Unida?
¿Dónde comenzó el movimiento que se convertiría en la Iglesia Metodista Unida?
¿Por qué al grupo de estudiantes se le llamaba "los metodistas"?
¿Cuál es el grupo de trabajo que se organizó para identificarse con la posición provida?
¿En qué año se intentó retirar la membresía del UMC?
¿Quién es el presidente de TUMAS?
Históricamente, ¿qué movimiento ha apoyado la Iglesia Metodista?
¿Cuándo pidió la Junta General de la Iglesia y Sociedad de la UMC a todos los metodistas unidos que se abstuvieran de consumir alcohol durante la Cuaresma?
¿Cuál fue el nombre del famoso sermón de Wesley en el que advirtió contra los peligros de la bebida?
¿Qué usa la Iglesia Metodista Unida en el sacramento de la Santa Comunión?
¿A qué se opone la UMC por ser incompatible con la enseñanza de las Escrituras?
La iglesia declara que, como cristianos, son conscientes de que, ¿el camino de qué no es justo ante Dios?"
La Iglesia apoya a las personas que se oponen concienzudamente, ¿a qué?
¿Quién ordenó al primer clero metodista?
¿Como qué suele servir el clero en las congregaciones locales?
¿De qué son miembros los ancianos en conexión plena?
¿De qué es miembro cada diácono en conexión plena?
¿Qué marco temporal abarca la Guerra de los Siete Años?
¿Cuánto duró la lucha en la Guerra de los Siete Años?
¿Cuándo fue tomada Montreal?
¿Cuál fue la primera batalla en 1754?
¿Cuál fue la proporción entre colonos británicos y franceses?
¿Dónde vivían los colonos británicos?
¿Dónde se centraban las poblaciones en las colonias?
¿Cuántos hombres envió Duquesne para relevar a Saint-Pierre?
¿Cuándo comenzaron los británicos a construir el fuerte a las órdenes de William Trent?
¿Qué nombre se le daría al fuerte que se estaba construyendo?
Al enterarse de que había un grupo de exploradores franceses en la zona, ¿qué hizo Washington?
¿Cuáles fueron las bajas de la batalla?
¿Por qué Tanaghrisson apoyaba los esfuerzos británicos?
¿Quién fue nombrado segundo al mando de Lor Loudoun en 1756?
¿Quién lideró los refuerzos de Nueva Francia en 1756?
¿Cuándo le declaró formalmente Inglaterra la guerra a Francia?
¿Quién proporcionó una discusión filosófica sobre la fuerza?
¿De qué era el concepto de fuerza parte integrante?
¿Cuántos elementos creía Aristóteles que formaban la esfera terrestre?
¿Dónde creía Aristóteles que estaba el lugar natural para los elementos de tierra y agua?
¿Cómo se refería Aristóteles al movimiento forzado?
¿Quién formuló la teoría universal de la gravitación?
¿En qué siglo se inventó la mecánica cuántica?
¿Qué tipo de modelos autoconsistentes están tratando de hacer los físicos para crear una teoría de todo?
¿Qué tipo de modelo de física no logró hacer Einstein?
¿Qué teoría explica mejor la gravedad?
¿Qué trayectoria espacio-temporal se ve como una línea curva en el espacio?
¿Cómo se llama la derivada del impulso cambiante de un objeto?
¿En qué sentido se debe estar observando la curvatura del espacio-tiempo?
¿Cuál es el tiempo de cambio de carga eléctrica?
¿Qué fuerza magnética y eléctrica actúan sobre una carga?
¿Cómo se llama la ley que define una carga que se mueve a través de un campo magnético?
¿Como suma de qué se escribe la fuerza electrostática y magnética?
¿Qué causa la tensión en las estructuras?
¿Qué se utiliza para calcular el área de sección transversal en el volumen de un objeto?
¿Qué se asocia con las fuerzas normales?
¿Qué incluye términos de presión cuando se calcula el área en volumen?
